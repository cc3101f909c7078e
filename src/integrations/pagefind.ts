import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';
import sirv from 'sirv';
import { timePart } from '../lib/bench-timer.ts';

/** Folder of the index inside the built site; the search page loads `pagefind.js` from it. */
export const PAGEFIND_DIR = 'pagefind';

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
          const site = fileURLToPath(dir);
          try {
            const { index, errors } = await pagefind.createIndex({
              forceLanguage: 'bg',
            });
            if (!index) throw new Error(errors.join('\n'));
            const added = await index.addDirectory({ path: site });
            if (added.errors.length) throw new Error(added.errors.join('\n'));
            if (added.page_count === 0) throw new Error('no page has data-pagefind-body');
            const written = await index.writeFiles({
              outputPath: join(site, PAGEFIND_DIR),
            });
            if (written.errors.length) throw new Error(written.errors.join('\n'));
            logger.info(`Search index written from ${added.page_count} HTML files.`);
          } catch (error) {
            throw new Error('Pagefind could not index the site', {
              cause: error,
            });
          } finally {
            await pagefind.close();
          }
        }),
    },
  };
}
