import { keepShardsWithAllTerms, mergeByScore, mergeBySortKey, sumFilterCounts, type FilterCounts, type ResultStream } from '../lib/search/merge-shards.ts';
import { SORT_KEY_META } from '../lib/search/search-state.ts';
import { parseVocabulary, vocabularyFile } from '../lib/search/vocabulary-file.ts';
import type { ShardManifest } from '../lib/search/shard-manifest.ts';

/** The part of Pagefind's browser API the search page uses (it ships no types). */
export interface PagefindResultData {
  url: string;
  content: string;
  meta: Record<string, string | undefined>;
  filters: Record<string, string[]>;
}

interface PagefindResult {
  id: string;
  score: number;
  data(): Promise<PagefindResultData>;
}

interface PagefindSearch {
  results: PagefindResult[];
  unfilteredResultCount: number;
  filters: Record<string, Record<string, number>>;
  totalFilters: Record<string, Record<string, number>>;
}

/** One Pagefind bundle's module. */
interface PagefindApi {
  options(options: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  filters(): Promise<Record<string, Record<string, number>>>;
  search(
    query: string | null,
    options?: { filters?: Record<string, unknown>; sort?: Record<string, 'asc' | 'desc'> },
  ): Promise<PagefindSearch>;
}

/** The search index as the search page uses it: all shards as one. */
export interface SearchIndex {
  /** Every filter value with its number of posts. */
  filters(): Promise<FilterCounts>;
  /** Results in the order asked for (relevance when `sort` is not given), and the filter counts of the search. */
  search(
    query: string | null,
    options: { filters?: Record<string, unknown>; sort?: Record<string, 'asc' | 'desc'> },
  ): Promise<{ results: ResultStream<PagefindResultData>; filters: FilterCounts }>;
  /** The words the index can find that start with one of `letters`, from all shards. */
  vocabulary(letters: readonly string[]): Promise<ReadonlySet<string>>;
}

/** Loads one shard's Pagefind bundle: each from its own URL, so each is a module, and an index, of its own. */
async function loadShard(index: string, base: string, path: string): Promise<PagefindApi> {
  const pagefind = (await import(/* @vite-ignore */ `${index}${path}pagefind.js`)) as PagefindApi;
  await pagefind.options({ baseUrl: base });
  await pagefind.init();
  return pagefind;
}

/**
 * Loads the search index written by the build (`pagefind/shards.json` and one Pagefind
 * bundle per shard, see `plan-shards.ts`); rejects when there is none (a dev server
 * before any build).
 */
export async function loadSearchIndex(base: string, index = `${base}pagefind/`): Promise<SearchIndex> {
  const response = await fetch(`${index}shards.json`);
  if (!response.ok) throw new Error(`no search index (${response.status})`);
  const manifest = (await response.json()) as ShardManifest;
  const shards = await Promise.all(manifest.shards.map((shard) => loadShard(index, base, shard.path)));
  // Each file fetched once: a reader correcting several words may need a letter again.
  const files = new Map<string, Promise<string[]>>();
  const loadFile = (url: string) => {
    let words = files.get(url);
    if (!words) files.set(url, (words = fetch(url).then(async (response) => (response.ok ? parseVocabulary(await response.text()) : []))));
    return words;
  };
  return {
    vocabulary: async (letters) => {
      const urls = manifest.shards.flatMap((shard) =>
        letters.filter((letter) => shard.letters.includes(letter)).map((letter) => `${index}${shard.path}${vocabularyFile(letter)}`),
      );
      return new Set((await Promise.all(urls.map(loadFile))).flat());
    },
    filters: async () => sumFilterCounts(await Promise.all(shards.map((shard) => shard.filters()))),
    search: async (query, options) => {
      const all = await Promise.all(shards.map((shard) => shard.search(query, options)));
      const answers = query && shards.length > 1 ? await keepShardsWithAllTerms(all, query) : all;
      const filters = sumFilterCounts(answers.map((answer) => answer.filters));
      const perShard = answers.map((answer) => answer.results);
      const [key, direction] = Object.entries(options.sort ?? {})[0] ?? [];
      const meta = key && SORT_KEY_META[key as keyof typeof SORT_KEY_META];
      const results =
        meta && direction ? mergeBySortKey(perShard, direction, (data) => data.meta[meta] ?? '') : mergeByScore(perShard);
      return { results, filters };
    },
  };
}
