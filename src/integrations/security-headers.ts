import { readdir, writeFile } from 'node:fs/promises';
import type { AstroIntegration } from 'astro';
import { renderHeadersFile } from '../security/csp.ts';
import { postFiles } from '../lib/paths.ts';
import { BASE_PATH } from '../site-config.ts';
import { PAGEFIND_DIR } from '../node/search/index-post-shards.ts';

/** Top-level entries of the site that `scripts/build.ts` writes after Astro. */
const LATER_ENTRIES = ['cards/', `${PAGEFIND_DIR}/`, postFiles.allEvents()];

/**
 * Writes `_headers` next to the site, from the same policy the pages carry. It runs after
 * the other integrations' `astro:build:done` (the web editor's files), but cards, calendars
 * and the search index go in afterwards: their folders (`cards/`, `pagefind/`) and the
 * calendar of all events are named here because they are not there yet.
 */
export function securityHeadersIntegration(): AstroIntegration {
  return {
    name: 'cluster-news-security-headers',
    hooks: {
      'astro:build:done': async ({ dir }) => {
        const written = (await readdir(dir, { withFileTypes: true })).map((entry) => (entry.isDirectory() ? `${entry.name}/` : entry.name));
        const entries = [...new Set([...written, ...LATER_ENTRIES])];
        await writeFile(new URL('_headers', dir), renderHeadersFile(entries.filter((entry) => entry !== '_headers').sort(), BASE_PATH));
      },
    },
  };
}
