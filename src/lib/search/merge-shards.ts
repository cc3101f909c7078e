/**
 * Merges the answers of several Pagefind indexes (the search index's shards, see
 * `plan-shards.ts`) into one, as the search page needs it. Pagefind's own `mergeIndex`
 * does not fit: it re-sorts every merged search by score, which scrambles the date
 * orders, the page's default for a search without words.
 */

/** Filter value counts per facet, as Pagefind reports them. */
export type FilterCounts = Record<string, Record<string, number>>;

/** Adds up the counts of each facet value over all shards. */
export function sumFilterCounts(all: readonly FilterCounts[]): FilterCounts {
  const sum: FilterCounts = {};
  for (const counts of all) {
    for (const [facet, values] of Object.entries(counts)) {
      const target = (sum[facet] ??= {});
      for (const [value, count] of Object.entries(values)) target[value] = (target[value] ?? 0) + count;
    }
  }
  return sum;
}

/** The text of a result that Pagefind searches: its content and every metadata value. */
export interface SearchedText {
  content: string;
  meta: Record<string, string | undefined>;
}

/** The query terms found in a result's text: those with a word there that begins with the term, as Pagefind matches a term. */
export function findTermsIn(terms: readonly string[], data: SearchedText): Set<string> {
  const words = [data.content, ...Object.values(data.meta)].join(' ').toLowerCase().split(/[^\p{L}\p{N}]+/u);
  return new Set(terms.filter((term) => words.some((word) => word.startsWith(term))));
}

/**
 * Keeps the shards that matched every query term that any shard matched. A shard whose
 * index lacks a term does not answer „nothing": Pagefind searches it for the longest
 * indexed word the term begins with, or leaves the term out, so „toronto" finds a post
 * that mentions „тор" in a shard of years that never mention Toronto. One index would
 * have matched the term where it occurs and nowhere else. A term is in a shard's index
 * exactly when its results hold it (Pagefind requires every indexed term of a page), so
 * one result per shard tells which terms the shard has.
 */
export async function keepShardsWithAllTerms<Data extends SearchedText, Answer extends { results: readonly ShardResult<Data>[] }>(
  answers: readonly Answer[],
  query: string,
): Promise<Answer[]> {
  const terms = query.toLowerCase().split(/\s+/).filter(Boolean);
  const found = await Promise.all(answers.map(async (answer) => (answer.results[0] ? findTermsIn(terms, await answer.results[0].data()) : undefined)));
  const anywhere = new Set(found.flatMap((terms) => [...(terms ?? [])]));
  return answers.filter((_, index) => found[index] && [...anywhere].every((term) => found[index]!.has(term)));
}

/** A shard's result: its relevance and a loader of its data, as Pagefind gives them. */
export interface ShardResult<Data> {
  score: number;
  data(): Promise<Data>;
}

/** Merged results, handed out a page at a time. */
export interface ResultStream<Data> {
  /** How many results there are in all. */
  readonly total: number;
  /** The data of the next `count` results, fewer at the end. */
  next(count: number): Promise<Data[]>;
}

/** By relevance: all shards' results by score, best first, as one index would rank them. */
export function mergeByScore<Data>(shards: readonly (readonly ShardResult<Data>[])[]): ResultStream<Data> {
  const results = shards.flat().sort((a, b) => b.score - a.score);
  let taken = 0;
  return {
    total: results.length,
    next: (count) => Promise.all(results.slice(taken, (taken += count)).map((result) => result.data())),
  };
}

/**
 * By a sort key: each shard's results are already in order, so the next result overall is
 * the first of one shard's remaining results. Pagefind does not return sort values, so
 * each shard's first remaining result is loaded to read its key (`keyOf`) from its data:
 * a page of ten costs about ten loads and one more per shard, not a load per result.
 */
export function mergeBySortKey<Data>(
  shards: readonly (readonly ShardResult<Data>[])[],
  direction: 'asc' | 'desc',
  keyOf: (data: Data) => string,
): ResultStream<Data> {
  const positions = shards.map(() => 0);
  const heads = new Map<number, Promise<Data>>();
  const headOf = (shard: number) => {
    let head = heads.get(shard);
    if (!head) heads.set(shard, (head = shards[shard]![positions[shard]!]!.data()));
    return head;
  };
  const before = (a: string, b: string) => (direction === 'asc' ? a < b : a > b);
  const takeOne = async (): Promise<Data | undefined> => {
    const open = shards.map((_, shard) => shard).filter((shard) => positions[shard]! < shards[shard]!.length);
    if (!open.length) return undefined;
    const candidates = await Promise.all(open.map(async (shard) => ({ shard, data: await headOf(shard) })));
    // Ties go to the earlier shard, so equal keys keep one order from search to search.
    const best = candidates.reduce((a, b) => (before(keyOf(b.data), keyOf(a.data)) ? b : a));
    heads.delete(best.shard);
    positions[best.shard]!++;
    return best.data;
  };
  let queue = Promise.resolve<Data[]>([]);
  return {
    total: shards.reduce((sum, results) => sum + results.length, 0),
    // Calls run one after another: two pages asked for at once must not take the same results.
    next: (count) =>
      (queue = queue.catch(() => []).then(async () => {
        const page: Data[] = [];
        for (let i = 0; i < count; i++) {
          const data = await takeOne();
          if (data === undefined) break;
          page.push(data);
        }
        return page;
      })),
  };
}
