import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * Sveltia CMS's browser build imports a few libraries from unpkg.com when it first needs them
 * (Immutable.js for the site's own editor field, exifr for a photo's details, Turndown for
 * pasted web pages). The same files come with the npm package's dependencies, so the editor's
 * page maps those addresses to copies in `admin/modules/` with an import map: the editor then
 * loads nothing from a CDN, and its policy stays `script-src 'self'` plus the map's hash.
 */
const CMS_PACKAGE_JSON = join(dirname(fileURLToPath(import.meta.resolve('@sveltia/cms'))), '..', 'package.json');

/** The modules the editor may load: library and file, as Sveltia CMS asks unpkg for them. */
const EDITOR_MODULES = [
  { library: 'immutable', path: 'dist/immutable.es.js' },
  { library: 'exifr', path: 'dist/lite.esm.mjs' },
  { library: 'turndown', path: 'lib/turndown.browser.es.js' },
] as const;

/** Where a module lives in the site, below `admin/`. */
const siteModulePath = (library: string, path: string) => `modules/${library}/${path}`;

/** The address Sveltia CMS imports a library from: unpkg with the version of its own dependency range (`^5.1.9` → `5.1.9`). */
function unpkgAddress(library: string, path: string, ranges: Record<string, string>): string {
  const range = ranges[library];
  if (!range) throw new Error(`@sveltia/cms no longer depends on ${library}: update src/security/editor-import-map.ts`);
  return `https://unpkg.com/${library}@${range.replace(/^\D/, '')}/${path}`;
}

/** Each module's source file in `node_modules` and its place below `admin/`. */
export function listEditorModules(): { source: string; target: string }[] {
  return EDITOR_MODULES.map(({ library, path }) => ({
    // Resolved from the editor's package, whose dependencies they are.
    source: join(dirname(createRequire(CMS_PACKAGE_JSON).resolve(`${library}/package.json`)), path),
    target: siteModulePath(library, path),
  }));
}

let importMap: string | undefined;

/** The import map's text, exactly as the page carries it (its hash is in the policy). */
export function editorImportMap(): string {
  if (importMap === undefined) {
    const { dependencies } = JSON.parse(readFileSync(CMS_PACKAGE_JSON, 'utf8')) as { dependencies: Record<string, string> };
    const imports = Object.fromEntries(EDITOR_MODULES.map(({ library, path }) => [unpkgAddress(library, path, dependencies), `./${siteModulePath(library, path)}`]));
    importMap = JSON.stringify({ imports });
  }
  return importMap;
}

/** The CSP source that allows exactly that import map. */
export function editorImportMapSource(): string {
  return `'sha256-${createHash('sha256').update(editorImportMap()).digest('base64')}'`;
}
