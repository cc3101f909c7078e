import { createHash } from 'node:crypto';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import type { NewsPost } from '../lib/news-post.ts';
import { createRelatedPostsFinder, RELATEDNESS_WEIGHTS } from '../lib/related-posts.ts';
import { storeVersion } from './stores.ts';

/** What the related-post lists of earlier builds were found from, and the lists (post ids). */
interface RelatedCacheFile {
  key: string;
  related: Record<string, string[]>;
}

/**
 * A key of everything that decides which posts are related: each post's slug and date
 * (its rank among equals), cluster, event country, partners and topics, the weights, and
 * the code that finds them.
 * Titles, summaries and bodies are not in it: editing them leaves every list as it was.
 */
function keyOfRelatedness(posts: readonly NewsPost[], limit: number): string {
  const traits = posts
    .map(({ id, data }) => [id, data.date, data.cluster.id, data.event.country, data.partners.map((partner) => partner.id), data.topics] as const)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return createHash('sha1').update(JSON.stringify([storeVersion('relatedPosts'), RELATEDNESS_WEIGHTS, limit, traits])).digest('base64url');
}

/**
 * The related posts of every post (see `createRelatedPostsFinder`), by slug. Finding them
 * grows with the archive and would be paid on every build, though an edited title or text
 * changes none of them: the lists are kept in `cacheFile` and found again only when a
 * trait they depend on changed.
 */
export async function findAllRelatedPosts<T extends NewsPost>(posts: readonly T[], options: { cacheFile: string; limit: number }): Promise<Map<string, T[]>> {
  const key = keyOfRelatedness(posts, options.limit);
  const bySlug = new Map(posts.map((post) => [post.id, post]));
  // A missing, half-written or damaged file is a cache miss.
  const cached = await readFile(options.cacheFile, 'utf8')
    .then((text) => JSON.parse(text) as RelatedCacheFile)
    .catch(() => undefined);
  if (cached?.key === key && typeof cached.related === 'object') {
    const lists = posts.map((post) => [post.id, (cached.related[post.id] ?? []).map((slug) => bySlug.get(slug))] as const);
    // A list naming a post that is not there is a damaged file: the lists are found again.
    if (lists.every(([, list]) => list.every((post) => post !== undefined))) return new Map(lists as [string, T[]][]);
  }
  const find = createRelatedPostsFinder(posts);
  const related = new Map(posts.map((post) => [post.id, find(post, options.limit)]));
  const file: RelatedCacheFile = { key, related: Object.fromEntries([...related].map(([slug, list]) => [slug, list.map((post) => post.id)])) };
  await mkdir(dirname(options.cacheFile), { recursive: true });
  await writeFile(options.cacheFile, JSON.stringify(file));
  return related;
}
