import { writeFile } from 'node:fs/promises';
import { relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { PAGE_LIST_ENV } from '../node/stores.ts';

/**
 * Writes every file of the site's routes, rendered or restored from Astro's cache, to the
 * file named by `$CLUSTER_NEWS_PAGE_LIST`, as paths relative to the site: `scripts/build.ts`
 * indexes the post pages among them and records which pages changed.
 */
export function pageListIntegration(): AstroIntegration {
  return {
    name: 'cluster-news-page-list',
    hooks: {
      'astro:build:done': async ({ dir, assets }) => {
        const file = process.env[PAGE_LIST_ENV];
        if (!file) return;
        const root = fileURLToPath(dir);
        const pages = [...assets.values()].flat().map((url) => relative(root, fileURLToPath(url)).split(sep).join('/'));
        await writeFile(file, JSON.stringify(pages));
      },
    },
  };
}
