import { describe, expect, it } from 'vitest';
import { getRelatedPosts, scoreRelatedness } from '../../src/lib/related-posts.ts';
import { makePost } from '../helpers/make-post.ts';

const post = makePost('post', { cluster: 'sofia', partners: ['chorus'], topics: ['interreg'], event: { country: 'GR' } });

describe('getRelatedPosts', () => {
  it('ranks shared partners above shared topics above shared cluster', () => {
    const candidates = [
      makePost('same-cluster', { cluster: 'sofia', event: { country: 'BE' } }),
      makePost('same-topic', { cluster: 'varna', topics: ['interreg'], event: { country: 'BE' } }),
      makePost('same-partner', { cluster: 'varna', partners: ['chorus'], event: { country: 'BE' } }),
    ];
    expect(getRelatedPosts(post, candidates).map((p) => p.id)).toEqual([
      'same-partner',
      'same-topic',
      'same-cluster',
    ]);
  });

  it('never returns the post itself or an unrelated post', () => {
    const unrelated = makePost('unrelated', { cluster: 'varna', event: { country: 'BE' } });
    expect(getRelatedPosts(post, [post, unrelated])).toEqual([]);
  });

  it('breaks ties by the newer post, then by slug, whatever the input order', () => {
    const a = makePost('a', { cluster: 'sofia', date: '2020-01-01', event: { country: 'BE' } });
    const b = makePost('b', { cluster: 'sofia', date: '2020-01-01', event: { country: 'BE' } });
    const newer = makePost('newer', { cluster: 'sofia', date: '2023-01-01', event: { country: 'BE' } });
    expect(getRelatedPosts(post, [b, a, newer]).map((p) => p.id)).toEqual(['newer', 'a', 'b']);
    expect(getRelatedPosts(post, [newer, b, a]).map((p) => p.id)).toEqual(['newer', 'a', 'b']);
  });

  it('returns at most the limit asked for', () => {
    const many = Array.from({ length: 6 }, (_, i) => makePost(`p${i}`, { cluster: 'sofia' }));
    expect(getRelatedPosts(post, many, 2)).toHaveLength(2);
  });

  it('scores a shared event country', () => {
    expect(scoreRelatedness(post, makePost('x', { cluster: 'varna', event: { country: 'GR' } }))).toBe(1);
  });
});
