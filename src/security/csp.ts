import { editorImportMapSource } from './editor-import-map.ts';

/**
 * The Content Security Policy of every page. Nothing loads from other origins; Pagefind
 * needs `'wasm-unsafe-eval'` to start its WebAssembly and a worker from the site itself.
 * No `'unsafe-inline'` anywhere, and no hashes: the site has no inline script or style
 * (scripts always ship as files and stylesheets are never inlined, see astro.config.ts).
 */
export const CSP_DIRECTIVES: (`${'default' | 'img' | 'font' | 'connect' | 'worker' | 'object'}-src ${string}` | `${'base-uri' | 'form-action'} ${string}`)[] = [
  "default-src 'self'",
  "img-src 'self'",
  "font-src 'self'",
  "connect-src 'self'",
  "worker-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
];

/** Sources of `script-src`: the site's own files and Pagefind's WebAssembly. */
export const CSP_SCRIPT_SOURCES = ["'self'", "'wasm-unsafe-eval'"];

/**
 * The policy each page carries in a `<meta>` element (`BaseLayout`). Written there by the
 * site rather than by Astro's `security.csp`, which hashes every page's scripts and
 * styles again while it renders it, on the build's single rendering thread, for hashes a
 * site without inline code never needs.
 */
export function metaPolicy(): string {
  return [...CSP_DIRECTIVES, `script-src ${CSP_SCRIPT_SOURCES.join(' ')}`, "style-src 'self'"].join('; ');
}

/**
 * The same policy as an HTTP header, for hosts that honour `_headers` (Netlify,
 * Cloudflare Pages). Headers can do what `<meta>` cannot: `frame-ancestors`.
 */
export function headerPolicy(): string {
  return [metaPolicy(), "frame-ancestors 'none'"].join('; ');
}

/** The folder of the web editor in the site; it alone has another policy. */
export const ADMIN_DIR = 'admin';

/**
 * The web editor's policy (`/admin/`): Sveltia CMS runs from the site's own files, with its
 * strings, icon font and the modules its import map points to (`public/admin/`,
 * `editor-import-map.ts`), but it styles itself inline, talks to GitHub's API and shows the
 * images it uploads as `blob:` addresses. Nothing else is allowed.
 */
export function adminMetaPolicy(): string {
  return [
    "default-src 'self'",
    `script-src 'self' ${editorImportMapSource()}`,
    "style-src 'self' 'unsafe-inline'",
    "font-src 'self'",
    "img-src 'self' blob: data: https://avatars.githubusercontent.com https://raw.githubusercontent.com",
    "media-src 'self' blob:",
    "connect-src 'self' blob: data: https://api.github.com https://www.githubstatus.com",
    "worker-src 'self' blob:",
    "frame-src 'none'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'none'",
  ].join('; ');
}

/**
 * The `_headers` file: the security headers for every path, and the Content Security Policy
 * by path: the site's own under every top-level entry of the built site (`entries`, with a
 * trailing slash for folders) but the editor's, which has its own. Hosts apply every rule that
 * matches a path, and two policies on one path would both be enforced, so `/*` carries none.
 * `base` is the site's sub-path (`BASE_PATH`).
 */
export function renderHeadersFile(entries: readonly string[], base = '/'): string {
  const sitePaths = [base, ...entries.filter((entry) => entry !== `${ADMIN_DIR}/`).map((entry) => (entry.endsWith('/') ? `${base}${entry}*` : `${base}${entry}`))];
  return [
    '/*',
    '  X-Content-Type-Options: nosniff',
    '  Referrer-Policy: strict-origin-when-cross-origin',
    '  Permissions-Policy: camera=(), microphone=(), geolocation=(), interest-cohort=()',
    '  Strict-Transport-Security: max-age=63072000; includeSubDomains',
    ...sitePaths.flatMap((path) => [path, `  Content-Security-Policy: ${headerPolicy()}`]),
    `${base}${ADMIN_DIR}/*`,
    `  Content-Security-Policy: ${adminMetaPolicy()}; frame-ancestors 'none'`,
    '  X-Robots-Tag: noindex',
    '',
  ].join('\n');
}
