/**
 * Which pages a build changed, so `npm run verify -- --changed` can check the links and HTML
 * of those alone: after an edit of one post at 10,000 posts that is a few dozen pages (the
 * post, its neighbours, lists, related posts), not 23,000. A build records a hash of every page
 * in the build cache (kept between CI runs with Astro's), and the pages whose hash is new.
 *
 * Most pages of a warm build are copies Astro restores from its cache, and Astro gives a
 * restored page the time its cached copy was written (`copyCachedFile` in Astro's
 * `core/fs`, so restored output says when it was made). Astro writes a page's cached copy
 * with the page, and the record of its cache after every page. So when this build starts
 * from the cache the last recorded build left (its record's time unchanged), a page whose
 * copy is older than that record is a page that build published, and keeps its recorded
 * hash instead of being read and hashed again; every other page is hashed. Should the
 * times or the cache not be what this expects, the pages are hashed: the cost is time,
 * never a changed page left out.
 */
import { createHash } from 'node:crypto';
import { mkdir, readFile, stat, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { mapConcurrently } from '../../src/lib/map-concurrently.ts';

/** What the last successful build recorded. */
export interface ChangedPages {
  /** The site's folder, so a record is used only for the site it describes. */
  site: string;
  /** Every page of the site by a hash of its bytes. */
  hashes: Record<string, string>;
  /** Pages new or different since the build before; every page when there was none. */
  changed: string[];
  /** The stamp of the page cache that build left (see {@link readCacheStamp}). */
  cacheStamp?: number;
}

const READ_CONCURRENCY = 32;

/**
 * How much older than the cache's record a page must be for its hash to be kept: file
 * systems store times coarsely (milliseconds on Linux, two seconds on FAT), and a page
 * written just before the record is hashed anyway.
 */
const CLOCK_MARGIN_MS = 3_000;

/**
 * The time Astro's record of its page cache (`file`, its incremental build manifest) was
 * last written, or undefined when there is none. Read before Astro runs, it says which
 * build's cache this build restores pages from; read after, which one the next build will.
 */
export async function readCacheStamp(file: string): Promise<number | undefined> {
  return stat(file).then(
    (stats) => stats.mtimeMs,
    () => undefined,
  );
}

/**
 * A hash of each page of `dir`. With the `previous` record and the stamp of the cache this
 * build started from, a page Astro restored unchanged keeps its recorded hash (see above).
 */
export async function hashPages(dir: string, pages: readonly string[], reuse?: { previous: ChangedPages | undefined; cacheStamp: number | undefined }): Promise<Record<string, string>> {
  const previous = reuse?.previous;
  const sameCache = previous?.cacheStamp !== undefined && previous.cacheStamp === reuse?.cacheStamp;
  const writtenBefore = sameCache ? previous.cacheStamp! - CLOCK_MARGIN_MS : undefined;
  const hashes = await mapConcurrently(pages, READ_CONCURRENCY, async (page) => {
    const file = join(dir, page);
    const known = writtenBefore === undefined ? undefined : previous!.hashes[page];
    if (known && (await stat(file)).mtimeMs < writtenBefore!) return known;
    return createHash('sha1').update(await readFile(file)).digest('base64url');
  });
  return Object.fromEntries(pages.map((page, index) => [page, hashes[index]!]));
}

/** The record kept in `file`, or undefined when there is none or it is damaged (then every page counts as changed). */
export async function readChangedPages(file: string): Promise<ChangedPages | undefined> {
  const record = await readFile(file, 'utf8')
    .then((text) => JSON.parse(text) as ChangedPages)
    .catch(() => undefined);
  return record && typeof record.hashes === 'object' && record.hashes !== null && Array.isArray(record.changed) ? record : undefined;
}

/**
 * Records the pages of a build against the `previous` record: what changed, and the hashes
 * and the stamp of the cache the build left, for the next build.
 */
export async function recordChangedPages(file: string, build: { site: string; hashes: Record<string, string>; previous: ChangedPages | undefined; cacheStamp: number | undefined }): Promise<ChangedPages> {
  const before = build.previous?.hashes ?? {};
  const changed = Object.keys(build.hashes).filter((page) => before[page] !== build.hashes[page]);
  const record: ChangedPages = { site: build.site, hashes: build.hashes, changed, ...(build.cacheStamp === undefined ? {} : { cacheStamp: build.cacheStamp }) };
  await mkdir(dirname(file), { recursive: true });
  await writeFile(file, JSON.stringify(record));
  return record;
}
