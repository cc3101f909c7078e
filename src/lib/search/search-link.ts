import { emptyFilters, serializeSearchState, type Facet, type Sort } from './search-state.ts';

/**
 * The query string of a search page narrowed by some filters (`?cluster=…&city=…`), for
 * "all of them" links from lists that show only a few posts.
 */
export function makeSearchQuery(filters: Partial<Record<Facet, string[]>>, sort: Sort = 'newest'): string {
  return serializeSearchState({ q: '', filters: { ...emptyFilters(), ...filters }, sort, exact: false });
}
