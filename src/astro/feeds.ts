import rss from '@astrojs/rss';
import type { Language } from '../i18n/languages.ts';
import { timePart } from '../lib/bench-timer.ts';
import { selectFeedPosts, toFeedItems, type FeedItem } from '../lib/feeds/feed-items.ts';
import { makeFeed, toJsonFeed11, type FeedInfo } from '../lib/feeds/make-feed.ts';
import { getNewsByCluster } from '../lib/filter-news.ts';
import { getClusters, getVisibleNews } from './collections.ts';
import { getEdition } from './edition.ts';
import { readPostBody } from './post-body.ts';
import { DEFAULT_LANGUAGE, absolute } from './site.ts';

/**
 * The feeds of the whole site, or of one cluster, in a language: their newest posts. A
 * feed in another language than the default holds only the posts translated into it: a
 * feed reader shows whole texts, and a feed says which language they are in.
 */
export async function getFeedParts(language: Language, clusterId?: string): Promise<{ info: FeedInfo; items: FeedItem[] }> {
  const edition = await getEdition(language);
  const { site, paths, t } = edition;
  const clusters = await getClusters();
  const names = new Map(clusters.map((cluster) => [cluster.id, edition.nameCluster(cluster).shortName]));
  const news = await getVisibleNews();
  const inLanguage = language === DEFAULT_LANGUAGE ? news : news.filter((post) => edition.textsOf(post).translation);
  const posts = selectFeedPosts(clusterId ? getNewsByCluster(inLanguage, clusterId) : inLanguage);
  const cluster = clusters.find((entry) => entry.id === clusterId);
  const clusterName = cluster && edition.nameCluster(cluster);
  const base = cluster ? paths.cluster(cluster.id) : paths.home();
  return {
    info: {
      title: clusterName ? `${clusterName.name} — ${site.name}` : site.name,
      description: clusterName ? clusterName.description : site.description,
      home: absolute(base),
      links: { rss: absolute(`${base}rss.xml`), atom: absolute(`${base}atom.xml`), json: absolute(`${base}feed.json`) },
      image: absolute(paths.file('cards/site.png')),
      language,
      copyright: t.feeds.copyright,
    },
    items: toFeedItems(posts, {
      clusterNames: names,
      postUrl: (slug) => absolute(paths.post(slug)),
      bodyHtml: (post) => readPostBody(edition.textsOf(post).translation ?? post).html,
      textsOf: edition.textsOf,
    }),
  };
}

export async function rssResponse(language: Language, clusterId?: string): Promise<Response> {
  const { info, items } = await getFeedParts(language, clusterId);
  return rss({
    title: info.title,
    description: info.description,
    site: info.home,
    trailingSlash: true,
    customData: `<language>${info.language}</language>`,
    items: items.map((item) => ({
      title: item.title,
      link: item.link,
      pubDate: item.date,
      description: item.summary,
      content: item.content,
      author: item.author,
    })),
  });
}

export async function atomResponse(language: Language, clusterId?: string): Promise<Response> {
  const { info, items } = await getFeedParts(language, clusterId);
  return new Response(makeFeed(info, items).atom1(), { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
}

export async function jsonFeedResponse(language: Language, clusterId?: string): Promise<Response> {
  const { info, items } = await getFeedParts(language, clusterId);
  return new Response(toJsonFeed11(makeFeed(info, items)), { headers: { 'Content-Type': 'application/feed+json; charset=utf-8' } });
}

/** The feed files of the site and of each cluster, by file name. */
export const FEED_FILES = {
  'rss.xml': (language: Language, clusterId?: string) => timePart('feeds', () => rssResponse(language, clusterId)),
  'atom.xml': (language: Language, clusterId?: string) => timePart('feeds', () => atomResponse(language, clusterId)),
  'feed.json': (language: Language, clusterId?: string) => timePart('feeds', () => jsonFeedResponse(language, clusterId)),
} as const;
