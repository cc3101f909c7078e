import { cp, mkdir } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import sirv from 'sirv';
import { ADMIN_DIR } from '../security/csp.ts';

/**
 * Sveltia CMS as the npm package ships it, pinned by the lockfile. The package exports only
 * its module entry; the browser build sits in `dist/` beside `npm/`.
 */
const CMS_DIST = join(dirname(fileURLToPath(import.meta.resolve('@sveltia/cms'))), '..', 'dist');

/** The files of the editor's program: the script and the chunks it loads beside itself. */
const CMS_FILES = ['sveltia-cms.js', 'chunks'];

/**
 * Puts the web editor's program into `admin/` of the built site, beside its page and
 * configuration (`src/pages/admin/`), and serves it there in `astro dev`: the editor is
 * part of the site, with no file from a CDN.
 */
export function cmsIntegration(): AstroIntegration {
  return {
    name: 'cluster-news-cms',
    hooks: {
      'astro:server:setup': ({ server }) => {
        server.middlewares.use(`/${ADMIN_DIR}`, sirv(CMS_DIST, { dev: true }));
      },
      'astro:build:done': async ({ dir }) => {
        const target = join(fileURLToPath(dir), ADMIN_DIR);
        await mkdir(target, { recursive: true });
        for (const file of CMS_FILES) await cp(join(CMS_DIST, file), join(target, file), { recursive: true });
      },
    },
  };
}
