import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import sirv from 'sirv';
import { PAGEFIND_DIR } from '../node/search/index-post-shards.ts';

/**
 * Serves the search index in `astro dev`: the last build's, so search works without
 * rebuilding on every edit. The index itself is built by `scripts/build.ts`
 * (`npm run build`) once the site is written.
 */
export function pagefindIntegration(): AstroIntegration {
  let outDir = '';
  let command = '';
  return {
    name: 'cluster-news-pagefind',
    hooks: {
      'astro:config:setup': (options) => {
        command = options.command;
      },
      'astro:config:done': ({ config }) => {
        outDir = fileURLToPath(config.outDir);
      },
      'astro:server:setup': ({ server, logger }) => {
        // `astro build` sets up a server of its own too; only `astro dev` serves the index.
        if (command !== 'dev') return;
        const index = join(outDir, PAGEFIND_DIR);
        if (!existsSync(index)) {
          logger.warn('No search index yet: run `npm run build` once to search in dev.');
          return;
        }
        server.middlewares.use(`/${PAGEFIND_DIR}`, sirv(index, { dev: true }));
      },
    },
  };
}
