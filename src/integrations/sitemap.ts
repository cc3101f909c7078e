import { writeFile } from 'node:fs/promises';
import type { AstroIntegration } from 'astro';
import { makeSitemapIndex, makeUrlSet, splitIntoSitemaps, type SitemapPage } from '../lib/sitemap/make-sitemap.ts';

/** Which pages go into the sitemap, and each one's counterparts in the site's languages. */
export interface SitemapOptions {
  /** Whether the page at this path (below the site's origin, base included) is one for search engines. */
  filter: (path: string) => boolean;
  /** The page's counterparts by language, as paths; none for a site of one language. */
  alternates: (path: string) => readonly { language: string; path: string }[];
}

/** The URL sets (`sitemap-0.xml`, …) and their index (`sitemap-index.xml`, which robots.txt names) of every page built. */
export function sitemapIntegration(options: SitemapOptions): AstroIntegration {
  let site: URL | undefined;
  let base = '/';
  return {
    name: 'cluster-news-sitemap',
    hooks: {
      'astro:config:done': ({ config }) => {
        site = config.site ? new URL(config.site) : undefined;
        base = config.base.endsWith('/') ? config.base : `${config.base}/`;
      },
      'astro:build:done': async ({ dir, pages, logger }) => {
        if (!site) return logger.warn('No `site` in the configuration: no sitemap.');
        const origin = site.origin;
        const collator = new Intl.Collator('en', { numeric: true });
        const paths = pages
          .map(({ pathname }) => `${base}${pathname.replace(/^\//, '')}`)
          .filter(options.filter)
          .sort(collator.compare);
        const sitemapPages: SitemapPage[] = paths.map((path) => ({
          url: `${origin}${path}`,
          alternates: options.alternates(path).map((alternate) => ({ language: alternate.language, url: `${origin}${alternate.path}` })),
        }));
        const sets = splitIntoSitemaps(sitemapPages);
        for (const [index, set] of sets.entries()) await writeFile(new URL(`sitemap-${index}.xml`, dir), makeUrlSet(set));
        await writeFile(new URL('sitemap-index.xml', dir), makeSitemapIndex(sets.map((_, index) => `${origin}${base}sitemap-${index}.xml`)));
      },
    },
  };
}
