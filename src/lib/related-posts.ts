import type { NewsPost } from './news-post.ts';

/** How much each kind of shared trait counts towards relatedness. */
export const RELATEDNESS_WEIGHTS = { partner: 3, topic: 2, cluster: 1, country: 1 } as const;

/** How related two posts are: shared partners, topics, cluster and event country. */
export function scoreRelatedness(a: NewsPost, b: NewsPost): number {
  const shared = (x: readonly string[], y: readonly string[]) => x.filter((v) => y.includes(v)).length;
  const partnerIds = (post: NewsPost) => post.data.partners.map((partner) => partner.id);
  return (
    RELATEDNESS_WEIGHTS.partner * shared(partnerIds(a), partnerIds(b)) +
    RELATEDNESS_WEIGHTS.topic * shared(a.data.topics, b.data.topics) +
    RELATEDNESS_WEIGHTS.cluster * Number(a.data.cluster.id === b.data.cluster.id) +
    RELATEDNESS_WEIGHTS.country * Number(a.data.event.country === b.data.event.country)
  );
}

/** Best first: higher score, then the newer post, then the slug, so the order is stable. */
const compareRanked = <T extends NewsPost>(a: { post: T; score: number }, b: { post: T; score: number }) =>
  b.score - a.score || b.post.data.date.localeCompare(a.post.data.date) || a.post.id.localeCompare(b.post.id);

function groupBy<T>(posts: readonly T[], keysOf: (post: T) => readonly string[]): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const post of posts) {
    for (const key of new Set(keysOf(post))) {
      const group = groups.get(key);
      if (group) group.push(post);
      else groups.set(key, [post]);
    }
  }
  return groups;
}

/**
 * Finds related posts among `candidates` for any number of posts. Comparing every post
 * with every other is 100 million comparisons at 10,000 posts; instead only posts that
 * share a partner or a topic are scored in full. The others can score at most the
 * cluster and country points, so the newest few of the post's cluster and country
 * groups are all that can still make the list.
 */
export function createRelatedPostsFinder<T extends NewsPost>(candidates: readonly T[]) {
  const newestFirst = [...candidates].sort((a, b) => compareRanked({ post: a, score: 0 }, { post: b, score: 0 }));
  const byPartner = groupBy(newestFirst, (post) => post.data.partners.map((partner) => partner.id));
  const byTopic = groupBy(newestFirst, (post) => post.data.topics);
  const byCluster = groupBy(newestFirst, (post) => [post.data.cluster.id]);
  const byCountry = groupBy(newestFirst, (post) => [post.data.event.country]);
  const byBoth = groupBy(newestFirst, (post) => [`${post.data.cluster.id}|${post.data.event.country}`]);

  /** Up to `limit` posts related to `post`, best first; never the post itself, never an unrelated post. */
  return function findRelatedPosts(post: NewsPost, limit = 3): T[] {
    const seen = new Set<string>([post.id]);
    const ranked: { post: T; score: number }[] = [];
    const consider = (candidate: T) => {
      if (seen.has(candidate.id)) return;
      seen.add(candidate.id);
      const score = scoreRelatedness(post, candidate);
      if (score > 0) ranked.push({ post: candidate, score });
    };
    for (const partner of post.data.partners) byPartner.get(partner.id)?.forEach(consider);
    for (const topic of post.data.topics) byTopic.get(topic)?.forEach(consider);
    // Posts sharing neither partner nor topic: the newest `limit` of each group beat the rest of it.
    const { cluster, event } = post.data;
    for (const group of [byBoth.get(`${cluster.id}|${event.country}`), byCluster.get(cluster.id), byCountry.get(event.country)]) {
      let taken = 0;
      for (const candidate of group ?? []) {
        if (taken === limit) break;
        if (seen.has(candidate.id)) continue;
        consider(candidate);
        taken++;
      }
    }
    return ranked.sort(compareRanked).slice(0, limit).map(({ post: related }) => related);
  };
}

/** Up to `limit` posts related to `post`, best first (see `createRelatedPostsFinder` for many posts). */
export function getRelatedPosts<T extends NewsPost>(post: NewsPost, candidates: readonly T[], limit = 3): T[] {
  return createRelatedPostsFinder(candidates)(post, limit);
}
