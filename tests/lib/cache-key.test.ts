import { describe, expect, it } from 'vitest';
import { makeCacheKey } from '../../src/lib/cache-key.ts';

const entry = (html: string, digest: string, title = 'Среща в Солун') => ({
  collection: 'news',
  id: 'sreshta-v-solun',
  data: { title },
  digest,
  rendered: { html, metadata: { searchKeys: 'sresht solun' } },
});

describe('makeCacheKey', () => {
  it('keys a content entry by its file, not by the HTML made from it', () => {
    expect(makeCacheKey({ page: [entry('<p>a</p>', 'd1')] })).toBe(makeCacheKey({ page: [entry('<p>b</p>', 'd1')] }));
  });

  it('changes when the file changes: its digest, front matter and all', () => {
    const key = makeCacheKey({ page: [entry('<p>a</p>', 'd1')] });
    expect(makeCacheKey({ page: [entry('<p>a</p>', 'd2')] })).not.toBe(key);
    expect(makeCacheKey({ page: [entry('<p>a</p>', 'd3', 'Друго заглавие')] })).not.toBe(key);
  });

  it('keeps every field of objects that are not content entries', () => {
    expect(makeCacheKey({ card: { id: 'a', data: 1, html: 'x' } })).not.toBe(makeCacheKey({ card: { id: 'a', data: 1, html: 'y' } }));
  });
});

describe('makeCacheKey on the values pages pass', () => {
  it('reads values as JSON does: dates by their moment, undefined fields left out', () => {
    const date = (iso: string) => ({ page: 1, date: new Date(iso), note: undefined });
    expect(makeCacheKey(date('2022-09-14'))).toBe(makeCacheKey({ page: 1, date: '2022-09-14T00:00:00.000Z' }));
    expect(makeCacheKey(date('2022-09-14'))).not.toBe(makeCacheKey(date('2022-09-15')));
    expect(makeCacheKey([1, undefined])).toBe(makeCacheKey([1, null]));
  });

  it('gives an entry the same part of a key wherever it is shown, and a copy of it the same key', () => {
    const shown = entry('<p>a</p>', 'd1');
    const key = makeCacheKey({ posts: [shown] });
    expect(makeCacheKey({ related: [shown] })).not.toBe(key);
    expect(makeCacheKey({ posts: [entry('<p>b</p>', 'd1')] })).toBe(key);
  });

});
