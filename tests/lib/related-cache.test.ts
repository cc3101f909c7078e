import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createRandom } from '../../scripts/bench/generate-posts.ts';
import type { NewsPost } from '../../src/lib/news-post.ts';
import { findAllRelatedPosts } from '../../src/node/related-cache.ts';
import { createRelatedPostsFinder } from '../../src/lib/related-posts.ts';
import { withTempFolder } from '../helpers/build-site.ts';
import { makePost } from '../helpers/make-post.ts';

function makeArchive(): NewsPost[] {
  const random = createRandom(11);
  const pickSome = (values: string[], most: number) => [...new Set(Array.from({ length: Math.floor(random.next() * (most + 1)) }, () => random.pick(values)))];
  return Array.from({ length: 120 }, (_, i) =>
    makePost(`p${String(i).padStart(3, '0')}`, {
      cluster: random.pick(['sofia', 'varna']),
      partners: pickSome(['chorus', 'eccp', 'tehnopol'], 2),
      topics: pickSome(['interreg', 'енергия', 'дигитализация'], 2),
      date: random.pick(['2019-05-01', '2021-03-14', '2023-09-30']),
      event: { country: random.pick(['BG', 'GR', 'DE']) },
    }),
  );
}

const slugs = (related: Map<string, NewsPost[]>) => Object.fromEntries([...related].map(([slug, list]) => [slug, list.map((post) => post.id)]));

/** Replaces every kept list with the post itself, which the finder never answers: a list read back from the file shows. */
async function spoilKeptLists(cacheFile: string) {
  const kept = JSON.parse(await readFile(cacheFile, 'utf8')) as { key: string; related: Record<string, string[]> };
  await writeFile(cacheFile, JSON.stringify({ key: kept.key, related: Object.fromEntries(Object.keys(kept.related).map((slug) => [slug, [slug]])) }));
}

describe('findAllRelatedPosts', () => {
  it('answers what the finder answers, for every post', async () => {
    await withTempFolder('related-', async (dir) => {
      const posts = makeArchive();
      const find = createRelatedPostsFinder(posts);
      const related = await findAllRelatedPosts(posts, { cacheFile: join(dir, 'related.json'), limit: 3 });
      expect(slugs(related)).toEqual(Object.fromEntries(posts.map((post) => [post.id, find(post, 3).map((other) => other.id)])));
    });
  });

  it('reuses the last lists when only titles and texts changed, with the posts as they are now', async () => {
    await withTempFolder('related-', async (dir) => {
      const cacheFile = join(dir, 'related.json');
      const posts = makeArchive();
      await findAllRelatedPosts(posts, { cacheFile, limit: 3 });
      await spoilKeptLists(cacheFile);
      const retitled = posts.map((post) => ({ ...post, data: { ...post.data, title: `Ново: ${post.data.title}`, summary: 'Друго резюме.' } }));
      const related = await findAllRelatedPosts(retitled, { cacheFile, limit: 3 });
      expect(related.get('p000')!.map((post) => post.id)).toEqual(['p000']);
      expect(related.get('p000')![0]!.data.title).toBe('Ново: Новина p000');
    });
  });

  it('finds the lists again when a topic, partner, date, place or the limit changes', async () => {
    await withTempFolder('related-', async (dir) => {
      const cacheFile = join(dir, 'related.json');
      const posts = makeArchive();
      const changes: [string, (posts: NewsPost[]) => NewsPost[], number][] = [
        ['topic', (all) => all.map((post, i) => (i === 5 ? { ...post, data: { ...post.data, topics: ['ново'] } } : post)), 3],
        ['partner', (all) => all.map((post, i) => (i === 5 ? { ...post, data: { ...post.data, partners: [{ collection: 'partners', id: 'sintef' }] } } : post)), 3],
        ['date', (all) => all.map((post, i) => (i === 5 ? { ...post, data: { ...post.data, date: '2025-01-01' } } : post)), 3],
        ['country', (all) => all.map((post, i) => (i === 5 ? { ...post, data: { ...post.data, event: { ...post.data.event, country: 'RO' } } } : post)), 3],
        ['a post removed', (all) => all.slice(1), 3],
        ['the limit', (all) => all, 2],
      ];
      for (const [change, apply, limit] of changes) {
        await findAllRelatedPosts(posts, { cacheFile, limit: 3 });
        await spoilKeptLists(cacheFile);
        const changed = apply(posts);
        const related = await findAllRelatedPosts(changed, { cacheFile, limit });
        const find = createRelatedPostsFinder(changed);
        expect(slugs(related), change).toEqual(Object.fromEntries(changed.map((post) => [post.id, find(post, limit).map((other) => other.id)])));
      }
    });
  });
});
