/**
 * Where the site is published, from the environment so one build setup serves every host:
 * `SITE_URL=https://owner.github.io BASE_PATH=/repo/` for a GitHub Pages project site.
 * Read by `astro.config.ts` and by the pages, which run in Node at build time. (Astro's
 * `import.meta.env.BASE_URL` stays `/` in prerendered modules here, so it is not used.)
 */
export const SITE_URL = process.env.SITE_URL || 'http://localhost:4321';

/** The sub-path of the site, always with a leading and a trailing slash. */
export const BASE_PATH = `/${(process.env.BASE_PATH ?? '/').replace(/^\/+|\/+$/g, '')}/`.replace('//', '/');
