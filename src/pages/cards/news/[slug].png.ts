import type { APIRoute, GetStaticPaths } from 'astro';
import { cardResponse } from '../../../data/cards.ts';
import { getClusters, getVisibleNews } from '../../../data/collections.ts';
import { SITE_TITLE } from '../../../data/site.ts';
import { hashCard } from '../../../lib/cards/cached-card.ts';
import type { CardContent } from '../../../lib/cards/render-card.ts';
import { formatDate } from '../../../lib/format-date.ts';

export const getStaticPaths = (async () => {
  const names = new Map((await getClusters()).map((cluster) => [cluster.id, cluster.data.shortName]));
  return (await getVisibleNews()).map((post) => {
    const content: CardContent = {
      title: post.data.title,
      meta: `${formatDate(post.data.date)} · ${names.get(post.data.cluster.id) ?? post.data.cluster.id}`,
      siteName: SITE_TITLE,
    };
    // A card is exactly its content, so its cache key is the card cache's own hash.
    return { params: { slug: post.id }, props: { content }, cacheKey: hashCard(content) };
  });
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) => cardResponse(props.content as CardContent);
