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

  it('changes when the file or the front matter changes', () => {
    const key = makeCacheKey({ page: [entry('<p>a</p>', 'd1')] });
    expect(makeCacheKey({ page: [entry('<p>a</p>', 'd2')] })).not.toBe(key);
    expect(makeCacheKey({ page: [entry('<p>a</p>', 'd1', 'Друго заглавие')] })).not.toBe(key);
  });

  it('keeps every field of objects that are not content entries', () => {
    expect(makeCacheKey({ card: { id: 'a', data: 1, html: 'x' } })).not.toBe(makeCacheKey({ card: { id: 'a', data: 1, html: 'y' } }));
  });
});
