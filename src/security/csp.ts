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
 * styles again while it renders it: 1.5 s of a 10,000-post build's single rendering
 * thread (CPU profile of `astro build`), for hashes a site without inline code never needs.
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

/** The `_headers` file: the policy and the other security headers for every path. */
export function renderHeadersFile(): string {
  return [
    '/*',
    `  Content-Security-Policy: ${headerPolicy()}`,
    '  X-Content-Type-Options: nosniff',
    '  Referrer-Policy: strict-origin-when-cross-origin',
    '  Permissions-Policy: camera=(), microphone=(), geolocation=(), interest-cohort=()',
    '  Strict-Transport-Security: max-age=63072000; includeSubDomains',
    '',
  ].join('\n');
}
