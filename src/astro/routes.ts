import type { Language } from '../i18n/languages.ts';
import { getNewsByCluster, getNewsByPartner } from '../lib/filter-news.ts';
import { groupByYear } from '../lib/group-by-year.ts';
import { paginate } from '../lib/paginate.ts';
import { getTopics } from '../lib/topics.ts';
import { getCacheKeyMaker } from './cache-keys.ts';
import { getClusters, getPartners, getVisibleNews } from './collections.ts';
import { getPostPages } from './post-pages.ts';
import { OTHER_LANGUAGES } from './site.ts';

/**
 * The `getStaticPaths` of every page type, for one language: the route files in
 * `src/pages/` are the default language's, those in `src/pages/[lang]/` every other's,
 * and both render the same view (`src/views/`) with these props.
 */
interface StaticPath {
  params: Record<string, string | undefined>;
  props: Record<string, unknown>;
  cacheKey?: string;
}

/** The paths of one page type in every language but the default, with the `lang` parameter. */
export async function forOtherLanguages(makePaths: (language: Language) => Promise<StaticPath[]>): Promise<StaticPath[]> {
  const all = await Promise.all(
    OTHER_LANGUAGES.map(async (lang) => (await makePaths(lang)).map((path) => ({ ...path, params: { ...path.params, lang } }))),
  );
  return all.flat();
}

/** A page with no parameters of its own, in the other languages. */
export const otherLanguagePages = () => OTHER_LANGUAGES.map((lang) => ({ params: { lang } }));

export async function archivePaths(language: Language) {
  const news = await getVisibleNews();
  const cacheKey = await getCacheKeyMaker(language);
  const years = groupByYear(news).map(({ year, posts }) => ({ year, count: posts.length }));
  return paginate(news).map((page) => {
    const props = { page, years, total: news.length };
    return { params: { page: page.param }, props, cacheKey: cacheKey(props) };
  });
}

export async function yearPaths(language: Language) {
  const groups = groupByYear(await getVisibleNews());
  const cacheKey = await getCacheKeyMaker(language);
  return groups.flatMap(({ year, posts }, index) =>
    paginate(posts).map((page) => {
      const props = { year, page, count: posts.length, newer: groups[index - 1]?.year, older: groups[index + 1]?.year };
      return { params: { year: String(year), page: page.param }, props, cacheKey: cacheKey(props) };
    }),
  );
}

export async function postPaths(language: Language) {
  const cacheKey = await getCacheKeyMaker(language);
  return (await getPostPages(language)).map((page) => ({ params: { slug: page.post.id }, props: page, cacheKey: cacheKey(page) }));
}

export async function clusterPaths(language: Language) {
  const news = await getVisibleNews();
  const cacheKey = await getCacheKeyMaker(language);
  return (await getClusters()).flatMap((cluster) => {
    const posts = getNewsByCluster(news, cluster.id);
    return paginate(posts).map((page) => {
      // The first page sums up all the cluster's posts and is always rendered; later pages
      // show only their own posts, so only those go into their key.
      if (page.number === 1) return { params: { id: cluster.id, page: page.param }, props: { cluster, page, posts } };
      const props = { cluster, page, posts: [] };
      return { params: { id: cluster.id, page: page.param }, props, cacheKey: cacheKey(props) };
    });
  });
}

export async function partnerPaths(language: Language) {
  const news = await getVisibleNews();
  const cacheKey = await getCacheKeyMaker(language);
  return (await getPartners()).flatMap((partner) => {
    const posts = getNewsByPartner(news, partner.id);
    return paginate(posts).map((page) => {
      const props = { partner, page, count: posts.length };
      return { params: { id: partner.id, page: page.param }, props, cacheKey: cacheKey(props) };
    });
  });
}

export async function topicPaths(language: Language) {
  const cacheKey = await getCacheKeyMaker(language);
  return getTopics(await getVisibleNews()).flatMap((topic) =>
    paginate(topic.posts).map((page) => {
      const props = { name: topic.name, slug: topic.slug, page, count: topic.posts.length };
      return { params: { topic: topic.slug, page: page.param }, props, cacheKey: cacheKey(props) };
    }),
  );
}
