import type { APIRoute, GetStaticPaths } from 'astro';
import { cardResponse } from '../astro/cards.ts';
import { getClusters, getVisibleNews } from '../astro/collections.ts';
import { DEFAULT_LANGUAGE, contextFor } from '../astro/site.ts';
import { makePostCardContent } from '../lib/cards/post-card.ts';
import type { CardContent } from '../node/cards/render-card.ts';

/** A post's social card in `astro dev`; builds write them with `scripts/build.ts` (`scripts/lib/post-files.ts`). */
export const getStaticPaths = (async () => {
  const locale = contextFor(DEFAULT_LANGUAGE);
  const names = new Map((await getClusters()).map((cluster) => [cluster.id, cluster.data.shortName]));
  return (await getVisibleNews()).map((post) => ({
    params: { slug: post.id },
    props: { content: makePostCardContent(post, names.get(post.data.cluster.id) ?? post.data.cluster.id, locale.site.name, locale) },
  }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) => cardResponse(props.content as CardContent);
