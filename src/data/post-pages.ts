import { getAdjacentPosts } from '../lib/adjacent-posts.ts';
import { getRelatedPosts } from '../lib/related-posts.ts';
import { getTopicSlug } from '../lib/topics.ts';
import { getCardMaker, getClusters, getPartners, getVisibleNews } from './collections.ts';

/** Everything a post page shows, computed once for all posts. */
export async function getPostPages() {
  const news = await getVisibleNews();
  const clusters = new Map((await getClusters()).map((cluster) => [cluster.id, cluster]));
  const partners = new Map((await getPartners()).map((partner) => [partner.id, partner]));
  const toCards = await getCardMaker();
  return news.map((post) => {
    const { newer, older } = getAdjacentPosts(news, post.id);
    return {
      post,
      cluster: clusters.get(post.data.cluster.id),
      partners: post.data.partners.flatMap((ref) => partners.get(ref.id) ?? []),
      topics: post.data.topics.map((name) => ({ name, slug: getTopicSlug(name) })),
      newer: newer && toCards([newer])[0],
      older: older && toCards([older])[0],
      related: toCards(getRelatedPosts(post, news, 3)),
    };
  });
}
