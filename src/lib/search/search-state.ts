/** The filters a reader can narrow a search by, in the order the page shows them. */
export const FACETS = ['cluster', 'partner', 'country', 'city', 'year', 'kind'] as const;
export type Facet = (typeof FACETS)[number];

export const SORTS = ['relevance', 'newest', 'oldest', 'event'] as const;
export type Sort = (typeof SORTS)[number];

/** Everything a search page shows, as read from and written to its URL. */
export interface SearchState {
  q: string;
  filters: Record<Facet, string[]>;
  sort: Sort;
  /** Search for the query as typed, even when it finds nothing (no typo correction). */
  exact: boolean;
}

export function emptyFilters(): Record<Facet, string[]> {
  return { cluster: [], partner: [], country: [], city: [], year: [], kind: [] };
}

/** Reads `?q=солун&cluster=a&cluster=b&sort=newest`; unknown parameters are ignored. */
export function parseSearchState(search: string): SearchState {
  const params = new URLSearchParams(search);
  const filters = emptyFilters();
  for (const facet of FACETS) filters[facet] = [...new Set(params.getAll(facet).filter(Boolean))];
  const sort = params.get('sort');
  return {
    q: params.get('q') ?? '',
    filters,
    sort: (SORTS as readonly string[]).includes(sort ?? '') ? (sort as Sort) : 'relevance',
    exact: params.get('exact') === '1',
  };
}

/** Writes a state as a query string, leaving defaults out so shared links stay short. */
export function serializeSearchState(state: SearchState): string {
  const params = new URLSearchParams();
  if (state.q.trim()) params.set('q', state.q.trim());
  for (const facet of FACETS) for (const value of state.filters[facet]) params.append(facet, value);
  if (state.sort !== 'relevance') params.set('sort', state.sort);
  if (state.exact && state.q.trim()) params.set('exact', '1');
  const query = params.toString();
  return query ? `?${query}` : '';
}

/** Pagefind's filter argument: values of one facet are alternatives, facets narrow each other. */
export function toPagefindFilters(filters: Record<Facet, string[]>, without?: Facet) {
  const result: Record<string, { any: string[] }> = {};
  for (const facet of FACETS) {
    if (facet !== without && filters[facet].length) result[facet] = { any: filters[facet] };
  }
  return result;
}

/** The metadata field that repeats each Pagefind sort key, for ordering results from several shards. */
export const SORT_KEY_META = { date: 'sortDate', event: 'sortEvent' } as const;

/** Pagefind's sort argument; relevance is Pagefind's default, the rest are sort keys of the pages. */
export function toPagefindSort(sort: Sort): Record<string, 'asc' | 'desc'> | undefined {
  switch (sort) {
    case 'newest':
      return { date: 'desc' };
    case 'oldest':
      return { date: 'asc' };
    case 'event':
      return { event: 'desc' };
    default:
      return undefined;
  }
}
