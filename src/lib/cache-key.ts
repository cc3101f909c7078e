import { createHash } from 'node:crypto';

/**
 * A short hash of everything a page is rendered from, for Astro's incremental builds
 * (`cacheKey` in `getStaticPaths`): a page whose key is unchanged is copied from the
 * last build instead of rendered. The key must cover all the page's data; its code and
 * the Markdown it renders are tracked by Astro itself.
 */
export function makeCacheKey(value: unknown): string {
  return createHash('sha1').update(JSON.stringify(value)).digest('base64url');
}
