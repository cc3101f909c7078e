import { createHash } from 'node:crypto';

/**
 * A content entry inside a key counts by its collection, id, front matter and digest (a
 * hash of its file): its rendered HTML and search keys are made from that file by code
 * Astro tracks itself. Hashing whole entries, HTML included, would hash every list page's
 * twenty bodies again on every build.
 */
function keepEntryIdentity(_key: string, value: unknown): unknown {
  if (typeof value === 'object' && value !== null && 'collection' in value && 'id' in value && 'data' in value && 'digest' in value) {
    return { collection: value.collection, id: value.id, data: value.data, digest: value.digest };
  }
  return value;
}

/**
 * A short hash of everything a page is rendered from, for Astro's incremental builds
 * (`cacheKey` in `getStaticPaths`): a page whose key is unchanged is copied from the
 * last build instead of rendered. The key must cover all the page's data; its code is
 * tracked by Astro itself.
 */
export function makeCacheKey(value: unknown): string {
  return createHash('sha1').update(JSON.stringify(value, keepEntryIdentity)).digest('base64url');
}
