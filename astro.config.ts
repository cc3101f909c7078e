import { defineConfig, logHandlers } from 'astro/config';
import { benchTimingsIntegration } from './src/integrations/bench-timings.ts';
import { cmsIntegration } from './src/integrations/cms.ts';
import { ADMIN_DIR } from './src/security/csp.ts';
import { pageListIntegration } from './src/integrations/page-list.ts';
import { pagefindIntegration } from './src/integrations/pagefind.ts';
import { postFilesIntegration } from './src/integrations/post-files.ts';
import { securityHeadersIntegration } from './src/integrations/security-headers.ts';
import { sitemapIntegration } from './src/integrations/sitemap.ts';
import { BASE_PATH, SITE_URL } from './src/site-config.ts';
import { ASTRO_LOG_LEVEL_ENV, ASTRO_LOG_LEVELS, KEEP_SITE_ENV } from './src/node/stores.ts';
import { markdownProcessor } from './src/markdown/processor.ts';
import { LANGUAGES, translatePath } from './src/astro/site.ts';

const logLevel = process.env[ASTRO_LOG_LEVEL_ENV];
const isLogLevel = (level: string): level is (typeof ASTRO_LOG_LEVELS)[number] => (ASTRO_LOG_LEVELS as readonly string[]).includes(level);
if (logLevel !== undefined && !isLogLevel(logLevel)) throw new Error(`${ASTRO_LOG_LEVEL_ENV} is "${logLevel}"; write one of ${ASTRO_LOG_LEVELS.join(', ')}.`);

export default defineConfig({
  site: SITE_URL,
  base: BASE_PATH,
  trailingSlash: 'always',
  // Lets tests build into a temporary folder with a cache of their own.
  ...(process.env.ASTRO_OUT_DIR ? { outDir: process.env.ASTRO_OUT_DIR } : {}),
  ...(process.env.ASTRO_CACHE_DIR ? { cacheDir: process.env.ASTRO_CACHE_DIR } : {}),
  // Astro's line per page is 30,000 lines at 10,000 posts, each written on its one thread;
  // `npm run build` asks for warnings and errors only (see `ASTRO_LOG_LEVEL_ENV`).
  ...(logLevel ? { logger: logHandlers.node({ level: logLevel }) } : {}),
  markdown: {
    processor: markdownProcessor,
    // News posts carry no code; Shiki would cost every post a pass and needs inline styles a CSP forbids.
    syntaxHighlight: false,
  },
  integrations: [
    // Neither the 404 page nor the web editor is a page for search engines. Every page has
    // its counterpart in each language at the same path below the language's root, which
    // the sitemap lists as alternates of each other (`content/site.yaml` names the languages).
    sitemapIntegration({
      filter: (path) => !path.endsWith('/404/') && !path.includes(`/${ADMIN_DIR}/`),
      alternates: (path) => (LANGUAGES.length > 1 ? LANGUAGES.map((language) => ({ language, path: translatePath(path, language) })) : []),
    }),
    cmsIntegration(),
    pagefindIntegration(),
    postFilesIntegration(),
    securityHeadersIntegration(),
    pageListIntegration(),
    // Last, so its end mark follows the headers file.
    benchTimingsIntegration(),
  ],
  experimental: {
    // Pages whose `cacheKey` (and code) are unchanged are copied from the last build
    // instead of rendered: the warm build of a large archive (see the benchmark).
    incrementalBuild: true,
  },
  build: {
    // External stylesheets only, so the `_headers` policy needs no per-page style hashes.
    inlineStylesheets: 'never',
    // A few pages at once: a page waits on the disk (its post's body, a page restored from
    // the last build), and another renders meanwhile. Not a core count: rendering is one thread.
    concurrency: 4,
  },
  vite: {
    build: {
      // `npm run build` builds into a new folder and puts the cards and calendars into it
      // while Astro renders, so Astro must not empty it.
      ...(process.env[KEEP_SITE_ENV] === '1' ? { emptyOutDir: false } : {}),
      // Scripts always ship as files, never inline, so a Content Security Policy needs no hashes for them.
      assetsInlineLimit: (file: string) => (file.endsWith('.js') ? false : undefined),
    },
  },
});
