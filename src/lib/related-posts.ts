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

/**
 * Up to `limit` posts related to `post`, best first; ties go to the newer post, then
 * the slug, so the order is stable. Never the post itself, never an unrelated post.
 */
export function getRelatedPosts<T extends NewsPost>(post: NewsPost, candidates: readonly T[], limit = 3): T[] {
  return candidates
    .filter((candidate) => candidate.id !== post.id)
    .map((candidate) => ({ candidate, score: scoreRelatedness(post, candidate) }))
    .filter(({ score }) => score > 0)
    .sort(
      (a, b) =>
        b.score - a.score ||
        b.candidate.data.date.localeCompare(a.candidate.data.date) ||
        a.candidate.id.localeCompare(b.candidate.id),
    )
    .slice(0, limit)
    .map(({ candidate }) => candidate);
}
