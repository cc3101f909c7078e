import type { NewsPost } from './news-post.ts';
import { sortNewestFirst } from './sort-news.ts';

/** How much each kind of shared trait counts towards relatedness. */
export const RELATEDNESS_WEIGHTS = { partner: 3, topic: 2, cluster: 1, country: 1 } as const;

/** The most a shared cluster and event country add to a score. */
const MAX_PLACE_SCORE = RELATEDNESS_WEIGHTS.cluster + RELATEDNESS_WEIGHTS.country;

/** How related two posts are: shared partners, topics, cluster and event country. The definition `createRelatedPostsFinder` reproduces (tested against each other). */
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

/** Post numbers (in newest-first order) by a key of theirs, each list in that order too. */
function indexBy(posts: readonly NewsPost[], keysOf: (post: NewsPost) => readonly string[]): Map<string, Int32Array> {
  const lists = new Map<string, number[]>();
  posts.forEach((post, index) => {
    for (const key of new Set(keysOf(post))) {
      const list = lists.get(key);
      if (list) list.push(index);
      else lists.set(key, [index]);
    }
  });
  return new Map([...lists].map(([key, list]) => [key, Int32Array.from(list)]));
}

/**
 * Finds related posts among `candidates` for any number of posts. Scoring every pair is
 * 100 million comparisons at 10,000 posts, so scores are summed instead from lists of
 * the posts per partner and per topic, in typed arrays. Posts sharing neither can score
 * only the cluster and country points; of those, only the newest few of the post's
 * cluster and country lists can still make the list. Posts are numbered newest first,
 * so of two equal scores the lower number wins, which is the documented tie-break.
 */
export function createRelatedPostsFinder<T extends NewsPost>(candidates: readonly T[]) {
  const posts = sortNewestFirst(candidates);
  const numberOf = new Map(posts.map((post, index) => [post.id, index]));
  const byPartner = indexBy(posts, (post) => post.data.partners.map((partner) => partner.id));
  const byTopic = indexBy(posts, (post) => post.data.topics);
  const byCluster = indexBy(posts, (post) => [post.data.cluster.id]);
  const byCountry = indexBy(posts, (post) => [post.data.event.country]);
  const byBoth = indexBy(posts, (post) => [`${post.data.cluster.id}|${post.data.event.country}`]);
  const scores = new Int32Array(posts.length);
  const touched = new Int32Array(posts.length);
  // Which call last offered a post sharing no partner or topic, so none is offered twice.
  const offeredIn = new Int32Array(posts.length);
  let call = 0;

  /** Up to `limit` posts related to `post`, best first; never the post itself, never an unrelated post. */
  return function findRelatedPosts(post: NewsPost, limit = 3): T[] {
    const self = numberOf.get(post.id) ?? -1;
    call++;
    const { cluster, event } = post.data;
    let touchedCount = 0;
    const add = (lists: Map<string, Int32Array>, keys: Iterable<string>, weight: number) => {
      for (const key of keys) {
        for (const other of lists.get(key) ?? []) {
          if (scores[other] === 0) touched[touchedCount++] = other;
          scores[other]! += weight;
        }
      }
    };
    add(byPartner, new Set(post.data.partners.map((partner) => partner.id)), RELATEDNESS_WEIGHTS.partner);
    add(byTopic, new Set(post.data.topics), RELATEDNESS_WEIGHTS.topic);

    // The best `limit` so far, as [number, score] pairs kept in order.
    const best: [number, number][] = [];
    const offer = (other: number, score: number) => {
      if (other === self || score <= 0) return;
      if (best.length === limit) {
        const [lastNumber, lastScore] = best[limit - 1]!;
        if (score < lastScore || (score === lastScore && other > lastNumber)) return;
        best.pop();
      }
      let at = best.length;
      while (at > 0 && (best[at - 1]![1] < score || (best[at - 1]![1] === score && best[at - 1]![0] > other))) at--;
      best.splice(at, 0, [other, score]);
    };
    const sharedPlaceScore = (other: number) =>
      RELATEDNESS_WEIGHTS.cluster * Number(posts[other]!.data.cluster.id === cluster.id) +
      RELATEDNESS_WEIGHTS.country * Number(posts[other]!.data.event.country === event.country);

    for (let i = 0; i < touchedCount; i++) {
      const other = touched[i]!;
      // Most posts fall short of the list: skip them before the cluster and country lookups.
      if (best.length === limit && scores[other]! + MAX_PLACE_SCORE < best[limit - 1]![1]) continue;
      offer(other, scores[other]! + sharedPlaceScore(other));
    }
    // Posts sharing no partner or topic: the newest `limit` not yet scored of each list beat the rest of it.
    for (const list of [byBoth.get(`${cluster.id}|${event.country}`), byCluster.get(cluster.id), byCountry.get(event.country)]) {
      let taken = 0;
      for (const other of list ?? []) {
        if (taken === limit) break;
        if (scores[other] !== 0 || other === self || offeredIn[other] === call) continue;
        offeredIn[other] = call;
        offer(other, sharedPlaceScore(other));
        taken++;
      }
    }
    for (let i = 0; i < touchedCount; i++) scores[touched[i]!] = 0;
    return best.map(([other]) => posts[other] as T);
  };
}

/** Up to `limit` posts related to `post`, best first (see `createRelatedPostsFinder` for many posts). */
export function getRelatedPosts<T extends NewsPost>(post: NewsPost, candidates: readonly T[], limit = 3): T[] {
  return createRelatedPostsFinder(candidates)(post, limit);
}
