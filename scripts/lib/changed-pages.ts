/**
 * What a build's pages are, read once: a hash of every page, so `npm run verify -- --changed`
 * can check the links and HTML of the pages a build changed alone (after an edit of one post
 * at 10,000 posts a few dozen pages, the post, its neighbours, lists, related posts, not
 * 30,000), and what each post page gives the search index (`describePostPage`), for its
 * shard plan. A build records both in the build cache (kept between CI runs with Astro's).
 *
 * Most pages of a warm build are copies Astro restores from its cache, and Astro gives a
 * restored page the time its cached copy was written (`copyCachedFile` in Astro's
 * `core/fs`, so restored output says when it was made). Astro writes a page's cached copy
 * with the page, and the record of its cache after every page. So when this build starts
 * from the cache the last recorded build left (its record's time unchanged), a page whose
 * copy is older than that record is a page that build published, and keeps its recorded
 * hash and description instead of being read again; every other page is read. Should the
 * times or the cache not be what this expects, the pages are read: the cost is time, never
 * a changed page left out.
 */
import { createHash } from 'node:crypto';
import { mkdir, readFile, stat, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { mapConcurrently } from '../../src/lib/map-concurrently.ts';
import { describePostPage, type IndexedPage } from '../../src/lib/search/plan-shards.ts';

/** Changes with the shape of the record, so a record of older code is read as none. */
const RECORD_VERSION = 3;

/** What the last successful build recorded. */
export interface ChangedPages {
  /** The site's folder, so a record is used only for the site it describes. */
  site: string;
  /** The shape of the record (see `RECORD_VERSION`). */
  version?: number;
  /** Every page of the site by a hash of its bytes. */
  hashes: Record<string, string>;
  /** What each post page gives the search index, by path; `null` for a post page without text for it (a post not translated into its language). */
  described: Record<string, IndexedPage | null>;
  /** A version of the code that described the pages (the search store's), so a change to it describes them again. */
  describedBy?: string;
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

/** A build's pages as read: a hash of each, and what each post page gives the search index. */
export interface BuiltPages {
  hashes: Record<string, string>;
  described: Record<string, IndexedPage | null>;
  /** How many pages Astro restored from its cache rather than rendered (counted when a cache was there to restore from). */
  restored: number;
}

/**
 * Reads each page of `dir` once: its hash, and, for a post page (`isPostPage`), what it gives
 * the search index (`null` when it has no text for it). With the `previous` record and the stamp of the cache
 * this build started from, a page Astro restored unchanged keeps what was recorded (see above).
 * With a cache and `astroStartedAt` (when this build's Astro started, in epoch milliseconds),
 * it counts the pages Astro restored: their times are their cached copies', older than that.
 */
export async function readBuiltPages(
  dir: string,
  pages: readonly string[],
  options: { previous?: ChangedPages | undefined; cacheStamp?: number | undefined; astroStartedAt?: number; isPostPage?: (page: string) => boolean; describedBy?: string } = {},
): Promise<BuiltPages> {
  const { previous, cacheStamp } = options;
  const sameDescriptions = previous?.describedBy === options.describedBy;
  const sameCache = previous?.cacheStamp !== undefined && previous.cacheStamp === cacheStamp;
  const writtenBefore = sameCache ? previous.cacheStamp! - CLOCK_MARGIN_MS : undefined;
  const restoredBefore = cacheStamp === undefined ? undefined : options.astroStartedAt;
  // Each page's hash, its description (undefined for a page that is not a post page), and whether Astro restored it.
  const read = await mapConcurrently(pages, READ_CONCURRENCY, async (page): Promise<[string, IndexedPage | null | undefined, boolean]> => {
    const file = join(dir, page);
    const postPage = options.isPostPage?.(page) ?? false;
    const known = writtenBefore === undefined ? undefined : previous!.hashes[page];
    const knownDescription = postPage && sameDescriptions ? previous?.described[page] : undefined;
    const keepable = known !== undefined && (!postPage || knownDescription !== undefined);
    const written = keepable || restoredBefore !== undefined ? (await stat(file)).mtimeMs : Infinity;
    const restored = written < (restoredBefore ?? -Infinity);
    if (keepable && written < writtenBefore!) return [known, knownDescription, restored];
    const bytes = await readFile(file);
    return [createHash('sha1').update(bytes).digest('base64url'), postPage ? (describePostPage(page, bytes) ?? null) : undefined, restored];
  });
  const hashes: Record<string, string> = {};
  const described: Record<string, IndexedPage | null> = {};
  let restored = 0;
  pages.forEach((page, index) => {
    const [hash, description, kept] = read[index]!;
    hashes[page] = hash;
    if (description !== undefined) described[page] = description;
    if (kept) restored++;
  });
  return { hashes, described, restored };
}

/** The record kept in `file`, or undefined when there is none or it is damaged (then every page counts as changed). */
export async function readChangedPages(file: string): Promise<ChangedPages | undefined> {
  const record = await readFile(file, 'utf8')
    .then((text) => JSON.parse(text) as ChangedPages)
    .catch(() => undefined);
  return record?.version === RECORD_VERSION && typeof record.hashes === 'object' && record.hashes !== null && typeof record.described === 'object' && record.described !== null && Array.isArray(record.changed) ? record : undefined;
}

/**
 * Records the pages of a build against the `previous` record: what changed, and the pages
 * as read and the stamp of the cache the build left, for the next build.
 */
export async function recordChangedPages(file: string, build: Omit<BuiltPages, 'restored'> & { site: string; previous: ChangedPages | undefined; cacheStamp: number | undefined; describedBy?: string }): Promise<ChangedPages> {
  const before = build.previous?.hashes ?? {};
  const changed = Object.keys(build.hashes).filter((page) => before[page] !== build.hashes[page]);
  const record: ChangedPages = {
    version: RECORD_VERSION,
    site: build.site,
    hashes: build.hashes,
    described: build.described,
    ...(build.describedBy === undefined ? {} : { describedBy: build.describedBy }),
    changed,
    ...(build.cacheStamp === undefined ? {} : { cacheStamp: build.cacheStamp }),
  };
  await mkdir(dirname(file), { recursive: true });
  await writeFile(file, JSON.stringify(record));
  return record;
}
