import type { Language } from '../i18n/languages.ts';
import { makeCacheKey } from '../lib/cache-key.ts';
import { getClusters, getPartners, getTranslations } from './collections.ts';
import { DEFAULT_LANGUAGE, site } from './site.ts';

/**
 * Makes `cacheKey`s for incremental builds. Every page may show cluster and partner
 * names (in news cards, tables, breadcrumbs) that are not in its own props, so both
 * small collections are part of every key: renaming a cluster re-renders every page.
 * A page in another language shows the translations' titles in its cards, so they are in
 * its keys too. So is the site's own file (`content/site.yaml`: its name, tagline and
 * publisher are on every page), which the build reads outside Astro's content collections.
 */
export async function getCacheKeyMaker(language: Language): Promise<(props: unknown) => string> {
  const translations = language === DEFAULT_LANGUAGE ? [] : [...(await getTranslations(language))].map(([slug, entry]) => [slug, entry.digest]);
  const shared = makeCacheKey([language, site, (await getClusters()).map(({ id, data }) => [id, data]), (await getPartners()).map(({ id, data }) => [id, data]), translations]);
  return (props) => makeCacheKey([shared, props]);
}
