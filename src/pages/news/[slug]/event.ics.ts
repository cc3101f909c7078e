import type { APIRoute, GetStaticPaths } from 'astro';
import { getCacheKeyMaker } from '../../../data/cache-keys.ts';
import { calendarResponse } from '../../../data/calendar.ts';
import { getVisibleNews } from '../../../data/collections.ts';

export const getStaticPaths = (async () => {
  const cacheKey = await getCacheKeyMaker();
  return (await getVisibleNews()).map((post) => ({ params: { slug: post.id }, props: { post }, cacheKey: cacheKey([post.id, post.data]) }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) => calendarResponse([props.post], props.post.data.event.name);
