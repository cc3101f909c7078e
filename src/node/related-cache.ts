import { createHash } from 'node:crypto';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import type { NewsPost } from '../lib/news-post.ts';
import { createRelatedPostsFinder, RELATEDNESS_WEIGHTS } from '../lib/related-posts.ts';

/**
 * Bump when `createRelatedPostsFinder` would answer otherwise for the same posts (its
 * ranking or tie-break): the answers of earlier builds are kept under a key of the posts'
 * traits alone.
 */
const RELATED_FORMAT = 1;

/** What the related-post lists of earlier builds were found from, and the lists (post ids). */
interface RelatedCacheFile {
  key: string;
  related: Record<string, string[]>;
}

/**
 * A key of everything that decides which posts are related: each post's slug and date
 * (its rank among equals), cluster, event country, partners and topics, and the weights.
 * Titles, summaries and bodies are not in it: editing them leaves every list as it was.
 */
function keyOfRelatedness(posts: readonly NewsPost[], limit: number): string {
  const traits = posts
    .map(({ id, data }) => [id, data.date, data.cluster.id, data.event.country, data.partners.map((partner) => partner.id), data.topics] as const)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return createHash('sha1').update(JSON.stringify([RELATED_FORMAT, RELATEDNESS_WEIGHTS, limit, traits])).digest('base64url');
}

/**
 * The related posts of every post (see `createRelatedPostsFinder`), by slug. Finding them
 * took 1.3 s of every build of 10,000 posts (CPU profile of `astro build`; 2.2–2.6 s alone),
 * warm builds included, though an edited title or text changes none of them: the lists are
 * kept in `cacheFile` and found again only when a trait they depend on changed.
 */
export async function findAllRelatedPosts<T extends NewsPost>(posts: readonly T[], options: { cacheFile: string; limit: number }): Promise<Map<string, T[]>> {
  const key = keyOfRelatedness(posts, options.limit);
  const bySlug = new Map(posts.map((post) => [post.id, post]));
  // A missing or half-written file is a cache miss.
  const cached = await readFile(options.cacheFile, 'utf8').then(
    (text) => JSON.parse(text) as RelatedCacheFile,
    () => undefined,
  );
  if (cached?.key === key) {
    return new Map(posts.map((post) => [post.id, (cached.related[post.id] ?? []).map((slug) => bySlug.get(slug)!)]));
  }
  const find = createRelatedPostsFinder(posts);
  const related = new Map(posts.map((post) => [post.id, find(post, options.limit)]));
  const file: RelatedCacheFile = { key, related: Object.fromEntries([...related].map(([slug, list]) => [slug, list.map((post) => post.id)])) };
  await mkdir(dirname(options.cacheFile), { recursive: true });
  await writeFile(options.cacheFile, JSON.stringify(file));
  return related;
}
