/**
 * The Content Security Policy of every page, beyond the `script-src` and `style-src`
 * that Astro writes with hashes. Nothing loads from other origins; Pagefind needs
 * `'wasm-unsafe-eval'` to start its WebAssembly and a worker from the site itself.
 * No `'unsafe-inline'` anywhere.
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
 * The same policy as an HTTP header, for hosts that honour `_headers` (Netlify,
 * Cloudflare Pages). Headers can do what `<meta>` cannot: `frame-ancestors`.
 * Styles are never inlined (see astro.config.ts), so `style-src 'self'` suffices.
 */
export function headerPolicy(): string {
  return [
    ...CSP_DIRECTIVES,
    `script-src ${CSP_SCRIPT_SOURCES.join(' ')}`,
    "style-src 'self'",
    "frame-ancestors 'none'",
  ].join('; ');
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
