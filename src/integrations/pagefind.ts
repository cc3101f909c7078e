import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import sirv from 'sirv';
import { timePart } from '../lib/bench-timer.ts';
import { indexSite, PAGEFIND_DIR, type IndexStrategy } from './index-site.ts';

/** Measured with `npm run bench:search` at 10,000 posts; see the README. */
const INDEX_STRATEGY: IndexStrategy = 'post-pages';

/**
 * Indexes the built site with Pagefind's Node API once Astro has written it. Only
 * elements marked `data-pagefind-body` (post articles) are indexed. In `astro dev`
 * the last build's index is served, so search works without rebuilding on every edit.
 */
export function pagefindIntegration(): AstroIntegration {
  let outDir = '';
  return {
    name: 'cluster-news-pagefind',
    hooks: {
      'astro:config:done': ({ config }) => {
        outDir = fileURLToPath(config.outDir);
      },
      'astro:server:setup': ({ server, logger }) => {
        const index = join(outDir, PAGEFIND_DIR);
        if (!existsSync(index)) {
          logger.warn('No search index yet: run `npm run build` once to search in dev.');
          return;
        }
        server.middlewares.use(`/${PAGEFIND_DIR}`, sirv(index, { dev: true }));
      },
      'astro:build:done': ({ dir, logger }) =>
        timePart('search index', async () => {
          const pages = await indexSite(fileURLToPath(dir), INDEX_STRATEGY);
          logger.info(`Search index written from ${pages} HTML files.`);
        }),
    },
  };
}
