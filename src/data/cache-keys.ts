import { makeCacheKey } from '../lib/cache-key.ts';
import { getClusters, getPartners } from './collections.ts';

/**
 * Makes `cacheKey`s for incremental builds. Every page may show cluster and partner
 * names (in news cards, tables, breadcrumbs) that are not in its own props, so both
 * small collections are part of every key: renaming a cluster re-renders every page.
 */
export async function getCacheKeyMaker(): Promise<(props: unknown) => string> {
  const shared = makeCacheKey([(await getClusters()).map(({ id, data }) => [id, data]), (await getPartners()).map(({ id, data }) => [id, data])]);
  return (props) => makeCacheKey([shared, props]);
}

/**
 * What a post page's key is made of: its props with the post as its id, front matter
 * and digest (a hash of its file, so an edit of the text counts), leaving out what is
 * derived from them (the rendered HTML, the search keys, the JSON-LD). Hashing the whole
 * props took 3.1 s of a warm 10,000-post build (CPU profile).
 */
export function getPostPageKeyData<P extends { post: { id: string; data: unknown; digest?: number | string | undefined }; jsonLd: unknown }>(page: P) {
  const { post, jsonLd: _derived, ...rest } = page;
  return { ...rest, post: { id: post.id, data: post.data, digest: post.digest } };
}
