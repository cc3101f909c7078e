import { getAdjacentPosts } from '../lib/adjacent-posts.ts';
import { findAllRelatedPosts } from '../node/related-cache.ts';
import { getTopics, getTopicSlug } from '../lib/topics.ts';
import { makePostJsonLd } from '../lib/structured-data.ts';
import { yearOf } from '../lib/format-date.ts';
import { STORES } from '../node/stores.ts';
import { cardPath } from './cards.ts';
import { getCardMaker, getClusters, getPartners, getVisibleNews } from './collections.ts';
import { SITE_TITLE, absolute, paths } from './site.ts';

/** Everything a post page shows, computed once for all posts. */
export async function getPostPages() {
  const news = await getVisibleNews();
  const clusters = new Map((await getClusters()).map((cluster) => [cluster.id, cluster]));
  const partners = new Map((await getPartners()).map((partner) => [partner.id, partner]));
  const toCards = await getCardMaker();
  const related = await findAllRelatedPosts(news, { cacheFile: STORES.relatedPosts.path, limit: 3 });
  // A post shows its topics as every other page names them, whatever its own spelling.
  const topicNames = new Map(getTopics(news).map((topic) => [topic.slug, topic.name]));
  return news.map((post, index) => {
    const { newer, older } = getAdjacentPosts(news, index);
    const cluster = clusters.get(post.data.cluster.id);
    const postPartners = post.data.partners.flatMap((ref) => partners.get(ref.id) ?? []);
    const year = yearOf(post.data.date);
    const jsonLd = makePostJsonLd({
      post,
      url: absolute(paths.post(post.id)),
      image: absolute(cardPath(post.id)),
      cluster: {
        url: absolute(paths.cluster(post.data.cluster.id)),
        name: cluster?.data.name ?? post.data.cluster.id,
        country: 'BG',
        website: cluster?.data.website,
      },
      partners: postPartners.map((partner) => ({
        url: absolute(paths.partner(partner.id)),
        name: partner.data.name,
        country: partner.data.country,
        website: partner.data.website,
      })),
      breadcrumbs: [
        { name: SITE_TITLE, url: absolute(paths.home()) },
        { name: 'Новини', url: absolute(paths.archive()) },
        { name: String(year), url: absolute(paths.year(year)) },
        { name: post.data.title, url: absolute(paths.post(post.id)) },
      ],
    });
    return {
      jsonLd,
      post,
      cluster,
      partners: postPartners,
      topics: post.data.topics.map((spelling) => {
        const slug = getTopicSlug(spelling);
        return { name: topicNames.get(slug) ?? spelling, slug };
      }),
      newer: newer && toCards([newer])[0],
      older: older && toCards([older])[0],
      related: toCards(related.get(post.id) ?? []),
    };
  });
}
