/** The part of Pagefind's browser API the search page uses (it ships no types). */
export interface PagefindResultData {
  url: string;
  content: string;
  meta: Record<string, string | undefined>;
  filters: Record<string, string[]>;
}

export interface PagefindResult {
  id: string;
  score: number;
  data(): Promise<PagefindResultData>;
}

export interface PagefindSearch {
  results: PagefindResult[];
  unfilteredResultCount: number;
  filters: Record<string, Record<string, number>>;
  totalFilters: Record<string, Record<string, number>>;
}

export interface PagefindApi {
  options(options: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  filters(): Promise<Record<string, Record<string, number>>>;
  search(
    query: string | null,
    options?: { filters?: Record<string, unknown>; sort?: Record<string, 'asc' | 'desc'> },
  ): Promise<PagefindSearch>;
}

/** Loads the index bundle written by the build; rejects when there is none (a dev server before any build). */
export async function loadPagefind(base: string): Promise<PagefindApi> {
  const url = `${base}pagefind/pagefind.js`;
  const pagefind = (await import(/* @vite-ignore */ url)) as PagefindApi;
  await pagefind.options({ baseUrl: base });
  await pagefind.init();
  return pagefind;
}
