import { describe, expect, it } from 'vitest';
import { createRelatedPostsFinder, getRelatedPosts, scoreRelatedness } from '../../src/lib/related-posts.ts';
import type { NewsPost } from '../../src/lib/news-post.ts';
import { createRandom } from '../../scripts/bench/generate-posts.ts';
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

describe('createRelatedPostsFinder', () => {
  /** The definition itself: every other post scored, best first, ties to the newer post, then the slug. */
  const scoreEveryPost = (post: NewsPost, candidates: readonly NewsPost[], limit: number) =>
    candidates
      .filter((candidate) => candidate.id !== post.id)
      .map((candidate) => ({ candidate, score: scoreRelatedness(post, candidate) }))
      .filter(({ score }) => score > 0)
      .sort((a, b) => b.score - a.score || b.candidate.data.date.localeCompare(a.candidate.data.date) || a.candidate.id.localeCompare(b.candidate.id))
      .slice(0, limit)
      .map(({ candidate }) => candidate.id);

  it('finds exactly what scoring every post finds, on a varied archive', () => {
    const random = createRandom(7);
    const pickSome = (values: string[], most: number) => [...new Set(Array.from({ length: Math.floor(random.next() * (most + 1)) }, () => random.pick(values)))];
    const posts = Array.from({ length: 400 }, (_, i) =>
      makePost(`p${String(i).padStart(3, '0')}`, {
        cluster: random.pick(['sofia', 'varna', 'ruse']),
        partners: pickSome(['chorus', 'eccp', 'tehnopol', 'aalborg', 'sintef'], 2),
        topics: pickSome(['interreg', 'енергия', 'дигитализация', 'кръгова икономика'], 2),
        // Few dates, so ties on score and date are common and the slug must decide.
        date: random.pick(['2019-05-01', '2021-03-14', '2023-09-30']),
        event: { country: random.pick(['BG', 'GR', 'DE', 'BE', 'RO']) },
      }),
    );
    const findRelatedPosts = createRelatedPostsFinder(posts);
    for (const post of posts) {
      for (const limit of [1, 3, 5]) {
        expect(findRelatedPosts(post, limit).map((related) => related.id)).toEqual(scoreEveryPost(post, posts, limit));
      }
    }
  });
});
