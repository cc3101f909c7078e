import { createHash } from 'node:crypto';

/** A content entry as Astro's content layer hands it to a page. */
interface EntryLike {
  collection: unknown;
  id: unknown;
  data: unknown;
  digest: unknown;
}

const isEntry = (value: object): value is EntryLike => 'collection' in value && 'id' in value && 'data' in value && 'digest' in value;

/**
 * Each entry's part of a key, made once: one post is in a dozen pages' keys (lists of
 * years, clusters, partners and topics, neighbours, related posts, in every language).
 * A hash of the entry rather than its text, which would keep every post's front matter
 * twice over in memory for the whole build. Found by the entry's collection, id and digest,
 * not by the object: Astro's `getCollection` makes new entry objects on every call, and
 * every page type calls it; within one build, those three always come with the same data.
 */
const entryParts = new Map<string, string>();

const hash = (text: string) => createHash('sha1').update(text).digest('base64url');

/**
 * `value` as `JSON.stringify` writes it, except that a content entry counts by its
 * collection, id, front matter and digest (a hash of its file): its rendered HTML and
 * search keys are made from that file by code Astro tracks itself. Hashing whole entries,
 * HTML included, would hash every list page's twenty bodies again on every build.
 * Written out rather than as a `JSON.stringify` replacer, which is called for every value
 * of every entry's data, so that each entry is written once (see `entryParts`).
 */
function writeKeyPart(value: unknown): string | undefined {
  if (value === null) return 'null';
  if (typeof value !== 'object') return JSON.stringify(value);
  if ('toJSON' in value && typeof value.toJSON === 'function') return writeKeyPart(value.toJSON());
  if (Array.isArray(value)) return `[${value.map((item) => writeKeyPart(item) ?? 'null').join(',')}]`;
  if (isEntry(value)) {
    const name = `${String(value.collection)}\u0000${String(value.id)}\u0000${String(value.digest)}`;
    let part = entryParts.get(name);
    if (part === undefined) {
      part = `"${hash(JSON.stringify({ collection: value.collection, id: value.id, data: value.data, digest: value.digest }))}"`;
      entryParts.set(name, part);
    }
    return part;
  }
  const fields: string[] = [];
  for (const [name, field] of Object.entries(value)) {
    const part = writeKeyPart(field);
    if (part !== undefined) fields.push(`${JSON.stringify(name)}:${part}`);
  }
  return `{${fields.join(',')}}`;
}

/**
 * A short hash of everything a page is rendered from, for Astro's incremental builds
 * (`cacheKey` in `getStaticPaths`): a page whose key is unchanged is copied from the
 * last build instead of rendered. The key must cover all the page's data; its code is
 * tracked by Astro itself.
 */
export function makeCacheKey(value: unknown): string {
  return hash(writeKeyPart(value) ?? '');
}
