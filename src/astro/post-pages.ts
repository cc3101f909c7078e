import type { Language } from '../i18n/languages.ts';
import { getAdjacentPosts } from '../lib/adjacent-posts.ts';
import { findAllRelatedPosts } from '../node/related-cache.ts';
import { getTopics, getTopicSlug } from '../lib/topics.ts';
import { makePostJsonLd } from '../lib/structured-data.ts';
import { yearOf } from '../lib/format-date.ts';
import type { NewsPost } from '../lib/news-post.ts';
import { STORES } from '../node/stores.ts';
import { cardPath } from './cards.ts';
import { getClusters, getPartners, getVisibleNews } from './collections.ts';
import { getEdition, type Edition } from './edition.ts';
import { DEFAULT_LANGUAGE, absolute, pathsFor } from './site.ts';

/** Everything a post page in one language shows besides its own post, computed once for all posts. */
export async function getPostPages(language: Language) {
  const edition = await getEdition(language);
  const news = await getVisibleNews();
  const clusters = new Map((await getClusters()).map((cluster) => [cluster.id, cluster]));
  const partners = new Map((await getPartners()).map((partner) => [partner.id, partner]));
  const related = await findAllRelatedPosts(news, { cacheFile: STORES.relatedPosts.path, limit: 3 });
  // A post shows its topics as every other page names them, whatever its own spelling.
  const topicNames = new Map(getTopics(news).map((topic) => [topic.slug, topic.name]));
  return news.map((post, index) => {
    const facts = {
      post,
      cluster: clusters.get(post.data.cluster.id),
      partners: post.data.partners.flatMap((ref) => partners.get(ref.id) ?? []),
      topics: post.data.topics.map((spelling) => {
        const slug = getTopicSlug(spelling);
        return { name: topicNames.get(slug) ?? spelling, slug };
      }),
    };
    // A post not translated into this language has a page of facts here, no way on through
    // the archive: its neighbours and related posts are the original's (see `isFactPage`).
    if (isFactPage(edition, post)) return { ...facts, newer: undefined, older: undefined, related: [] };
    const { newer, older } = getAdjacentPosts(news, index);
    return {
      ...facts,
      newer: newer && edition.toCards([newer])[0],
      older: older && edition.toCards([older])[0],
      related: edition.toCards(related.get(post.id) ?? []),
    };
  });
}

export type PostPage = Awaited<ReturnType<typeof getPostPages>>[number];

/**
 * Whether a post's page in this edition shows only its facts: a language other than the
 * default into which the post is not translated. Such a page leads to the original, which
 * has the text, the topics' pages, the neighbours and the related posts; in an archive where
 * most posts are not translated, these pages are most of the edition's.
 */
export function isFactPage(edition: Edition, post: NewsPost): boolean {
  return edition.language !== DEFAULT_LANGUAGE && edition.textsOf(post).translation === undefined;
}

/**
 * A post page's structured data, made as the page renders rather than kept for every page
 * while Astro builds them all: everything it says comes from the page's props and the
 * clusters and partners every page's cache key covers.
 */
export function makePostPageJsonLd(edition: Edition, page: PostPage) {
  const { post, cluster, partners } = page;
  const { paths, site, t, language } = edition;
  const year = yearOf(post.data.date);
  const texts = edition.textsOf(post);
  const translation = texts.translation;
  const url = absolute(paths.post(post.id));
  return makePostJsonLd({
    post,
    url,
    image: absolute(cardPath(post.id, language, translation !== undefined)),
    cluster: {
      url: absolute(paths.cluster(post.data.cluster.id)),
      name: cluster ? edition.nameCluster(cluster).name : post.data.cluster.id,
      country: 'BG',
      website: cluster?.data.website,
    },
    partners: partners.map((partner) => ({
      url: absolute(paths.partner(partner.id)),
      name: edition.namePartner(partner),
      country: partner.data.country,
      website: partner.data.website,
    })),
    breadcrumbs: [
      { name: site.name, url: absolute(paths.home()) },
      { name: t.layout.nav.news, url: absolute(paths.archive()) },
      { name: String(year), url: absolute(paths.year(year)) },
      { name: texts.title, url },
    ],
    locale: edition,
    language: texts.language ?? language,
    texts: translation ? { title: texts.title, summary: texts.summary, eventName: texts.eventName, people: translation.data.people ?? [] } : undefined,
    translationOf: translation ? absolute(pathsFor(DEFAULT_LANGUAGE).post(post.id)) : undefined,
  });
}
