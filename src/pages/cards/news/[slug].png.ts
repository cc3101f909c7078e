import type { APIRoute, GetStaticPaths } from 'astro';
import { cardResponse } from '../../../data/cards.ts';
import { getClusters, getVisibleNews } from '../../../data/collections.ts';
import { SITE_TITLE } from '../../../data/site.ts';
import { formatDate } from '../../../lib/format-date.ts';

export const getStaticPaths = (async () => {
  const names = new Map((await getClusters()).map((cluster) => [cluster.id, cluster.data.shortName]));
  return (await getVisibleNews()).map((post) => ({
    params: { slug: post.id },
    props: {
      title: post.data.title,
      meta: `${formatDate(post.data.date)} · ${names.get(post.data.cluster.id) ?? post.data.cluster.id}`,
    },
  }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) =>
  cardResponse({ title: props.title as string, meta: props.meta as string, siteName: SITE_TITLE });
