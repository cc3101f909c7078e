import { createHash } from 'node:crypto';

/** A post page as the search index sees it. */
export interface IndexedPage {
  /** Path in the built site, `news/<slug>/index.html`. */
  path: string;
  /** The post's date, `YYYY-MM-DD` (its `date` sort key). */
  date: string;
  /** A hash of everything Pagefind reads from the page (see `describeIndexedPage`). */
  hash: string;
  /** How many bytes of the page Pagefind reads: what its memory while indexing grows with. */
  bytes: number;
}

/** One part of the search index: the posts of a run of whole years, indexed by Pagefind on their own. */
export interface SearchShard {
  /** Content address: the same pages, unchanged, give the same id, so a shard can be reused from the last build. */
  id: string;
  /** First and last year of its posts. */
  from: number;
  to: number;
  pages: IndexedPage[];
}

/** What a shard holds, in the bytes of its pages that Pagefind reads. */
export const shardBytes = (shard: { pages: readonly IndexedPage[] }) => shard.pages.reduce((sum, page) => sum + page.bytes, 0);

/**
 * Splits the post pages into shards of whole years, oldest years first, each closed once
 * its pages hold `bytesPerShard` bytes for Pagefind to read (Pagefind's memory grows with
 * them, not with the number of pages); returned newest first. Whole years keep the shards
 * of past years unchanged as new posts arrive, so a build reindexes only the shards whose
 * pages changed. A smaller archive is one shard. `version` names everything besides the
 * pages that shapes an index (the indexing code, Pagefind's version).
 */
export function planShards(pages: readonly IndexedPage[], bytesPerShard: number, version: string): SearchShard[] {
  const byYear = new Map<number, IndexedPage[]>();
  for (const page of pages) {
    const year = Number(page.date.slice(0, 4));
    const sameYear = byYear.get(year);
    if (sameYear) sameYear.push(page);
    else byYear.set(year, [page]);
  }
  const groups: { years: number[]; pages: IndexedPage[]; bytes: number }[] = [];
  let open: { years: number[]; pages: IndexedPage[]; bytes: number } | undefined;
  for (const year of [...byYear.keys()].sort((a, b) => a - b)) {
    open ??= { years: [], pages: [], bytes: 0 };
    open.years.push(year);
    for (const page of byYear.get(year)!) {
      open.pages.push(page);
      open.bytes += page.bytes;
    }
    if (open.bytes >= bytesPerShard) {
      groups.push(open);
      open = undefined;
    }
  }
  if (open) groups.push(open);
  return groups
    .map(({ years, pages: grouped }) => {
      const sorted = [...grouped].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
      const hash = createHash('sha256').update(version);
      for (const page of sorted) hash.update(`\n${page.path}\t${page.hash}`);
      return { id: hash.digest('hex').slice(0, 16), from: years[0]!, to: years.at(-1)!, pages: sorted };
    })
    .reverse();
}

const DATE_KEY = 'data-pagefind-sort="date:';

/**
 * Where the part of a post page that Pagefind reads lies in its bytes: from the
 * `data-pagefind-body` element to the end of the article; `undefined` when the page has none.
 */
export function findIndexedPart(page: Buffer): { start: number; end: number } | undefined {
  const start = page.indexOf('data-pagefind-body');
  const end = start < 0 ? -1 : page.indexOf('</article>', start);
  return end < 0 ? undefined : { start, end };
}

/**
 * Reads what the search index needs from a post page's bytes: its date, and a hash of the
 * part Pagefind reads, from the `data-pagefind-body` element to the end of the article.
 * The rest of the page (neighbouring and related posts, asset names) changes with other
 * posts; hashing it would reindex a shard for an edit elsewhere. So every Pagefind
 * attribute of a post page must stay inside its article (a site test checks it). The
 * page is searched as bytes, not decoded: a cold build reads every post page.
 */
/** What a post page gives the index, or undefined when it has no text for it (a post not translated, on its page in another language). */
export function describePostPage(path: string, page: Buffer): IndexedPage | undefined {
  return findIndexedPart(page) ? describeIndexedPage(path, page) : undefined;
}

export function describeIndexedPage(path: string, page: Buffer): IndexedPage {
  const part = findIndexedPart(page);
  const key = part ? page.indexOf(DATE_KEY, part.start) : -1;
  const date = part && key >= 0 && key < part.end ? page.toString('latin1', key + DATE_KEY.length, key + DATE_KEY.length + 10) : '';
  if (!part || !/^\d{4}-\d\d-\d\d$/.test(date)) throw new Error(`${path}: no data-pagefind-body article with a date sort key`);
  return { path, date, hash: createHash('sha1').update(page.subarray(part.start, part.end)).digest('base64url'), bytes: part.end - part.start };
}
