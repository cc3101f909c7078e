import { writeFile } from 'node:fs/promises';
import type { AstroIntegration } from 'astro';
import { renderHeadersFile } from '../security/csp.ts';

/** Writes `_headers` next to the site, from the same policy the pages carry. */
export function securityHeadersIntegration(): AstroIntegration {
  return {
    name: 'cluster-news-security-headers',
    hooks: {
      'astro:build:done': async ({ dir }) => {
        await writeFile(new URL('_headers', dir), renderHeadersFile());
      },
    },
  };
}
