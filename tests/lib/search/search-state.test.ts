import { describe, expect, it } from 'vitest';
import {
  parseSearchState,
  serializeSearchState,
  toPagefindFilters,
  toPagefindSort,
} from '../../../src/lib/search/search-state.ts';

describe('search state in the URL', () => {
  it('reads a query, repeated filters and a sort', () => {
    const state = parseSearchState('?q=солун&cluster=a&cluster=b&country=GR&sort=newest');
    expect(state.q).toBe('солун');
    expect(state.filters.cluster).toEqual(['a', 'b']);
    expect(state.filters.country).toEqual(['GR']);
    expect(state.sort).toBe('newest');
  });

  it('round-trips through the URL', () => {
    const url = '?q=%D1%81%D0%BE%D0%BB%D1%83%D0%BD&cluster=a&partner=x&partner=y&year=2022&sort=oldest';
    expect(serializeSearchState(parseSearchState(url))).toBe(url);
  });

  it('keeps „search exactly for this“ only with a query', () => {
    const url = '?q=%D1%81%D0%BE%D0%BB%D0%BE%D0%BD&exact=1';
    expect(parseSearchState(url).exact).toBe(true);
    expect(serializeSearchState(parseSearchState(url))).toBe(url);
    expect(serializeSearchState(parseSearchState('?exact=1'))).toBe('');
    expect(parseSearchState('?q=x').exact).toBe(false);
  });

  it('falls back to relevance for an unknown sort and ignores unknown parameters', () => {
    const state = parseSearchState('?sort=random&utm_source=x');
    expect(state.sort).toBe('relevance');
    expect(serializeSearchState(state)).toBe('');
  });
});

describe('Pagefind arguments', () => {
  it('treats values of one facet as alternatives and facets as narrowing', () => {
    const { filters } = parseSearchState('?cluster=a&cluster=b&year=2022');
    expect(toPagefindFilters(filters)).toEqual({ cluster: { any: ['a', 'b'] }, year: { any: ['2022'] } });
    expect(toPagefindFilters(filters, 'cluster')).toEqual({ year: { any: ['2022'] } });
  });

  it('sorts by publication or event date', () => {
    expect(toPagefindSort('newest')).toEqual({ date: 'desc' });
    expect(toPagefindSort('oldest')).toEqual({ date: 'asc' });
    expect(toPagefindSort('event')).toEqual({ event: 'desc' });
    expect(toPagefindSort('relevance')).toBeUndefined();
  });
});
