import type { APIRoute, GetStaticPaths } from 'astro';
import { getClusters } from '../../../astro/collections.ts';
import { FEED_FILES } from '../../../astro/feeds.ts';
import { DEFAULT_LANGUAGE } from '../../../astro/site.ts';

export const getStaticPaths = (async () =>
  (await getClusters()).flatMap((cluster) =>
    Object.keys(FEED_FILES).map((feed) => ({ params: { id: cluster.id, feed } })),
  )) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params }) => FEED_FILES[params.feed as keyof typeof FEED_FILES](DEFAULT_LANGUAGE, params.id);
