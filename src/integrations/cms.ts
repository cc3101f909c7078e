import { createReadStream } from 'node:fs';
import { cp, mkdir, readFile, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import sirv from 'sirv';
import { ADMIN_DIR } from '../security/csp.ts';
import { listEditorModules } from '../security/editor-import-map.ts';

/**
 * Sveltia CMS as the npm package ships it, pinned by the lockfile. The package exports only
 * its module entry; the browser build sits in `dist/` beside `npm/`, the strings in `locales/`.
 */
const CMS_PACKAGE = join(dirname(fileURLToPath(import.meta.resolve('@sveltia/cms'))), '..');

/** The icon font the editor's buttons are drawn with (see `public/admin/fonts.css`). */
const ICON_FONT = join(dirname(fileURLToPath(import.meta.resolve('@fontsource-variable/material-symbols-outlined'))), 'files/material-symbols-outlined-latin-wght-normal.woff2');

/** Its name in the site, as `public/admin/fonts.css` asks for it. */
const ICON_FONT_NAME = 'material-symbols-outlined.woff2';

/** The files of the editor's program: the script and the chunks it loads beside itself, and its interface strings. */
const CMS_FILES = ['dist/sveltia-cms.js', 'dist/chunks', 'locales'];

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
        server.middlewares.use(`/${ADMIN_DIR}/${ICON_FONT_NAME}`, (_request, response) => {
          response.setHeader('Content-Type', 'font/woff2');
          createReadStream(ICON_FONT).pipe(response);
        });
        for (const { source, target } of listEditorModules()) {
          server.middlewares.use(`/${ADMIN_DIR}/${target}`, (_request, response) => {
            response.setHeader('Content-Type', 'text/javascript');
            createReadStream(source).pipe(response);
          });
        }
        server.middlewares.use(`/${ADMIN_DIR}/locales`, sirv(join(CMS_PACKAGE, 'locales'), { dev: true }));
        server.middlewares.use(`/${ADMIN_DIR}`, sirv(join(CMS_PACKAGE, 'dist'), { dev: true }));
      },
      'astro:build:done': async ({ dir }) => {
        const target = join(fileURLToPath(dir), ADMIN_DIR);
        await mkdir(target, { recursive: true });
        for (const file of CMS_FILES) await cp(join(CMS_PACKAGE, file), join(target, basename(file)), { recursive: true });
        await cp(ICON_FONT, join(target, ICON_FONT_NAME));
        for (const { source, target: file } of listEditorModules()) await cp(source, join(target, file), { recursive: true });
        const { version } = JSON.parse(await readFile(join(CMS_PACKAGE, 'package.json'), 'utf8')) as { version: string };
        await writeFile(join(target, 'version.json'), JSON.stringify({ version }));
      },
    },
  };
}
