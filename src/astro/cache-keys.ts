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
