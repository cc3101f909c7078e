import rss from '@astrojs/rss';
import { timePart } from '../lib/bench-timer.ts';
import { selectFeedPosts, toFeedItems, type FeedItem } from '../lib/feeds/feed-items.ts';
import { makeFeed, toJsonFeed11, type FeedInfo } from '../lib/feeds/make-feed.ts';
import { getNewsByCluster } from '../lib/filter-news.ts';
import { getClusters, getVisibleNews } from './collections.ts';
import { readPostBody } from './post-body.ts';
import { SITE_DESCRIPTION, SITE_TITLE, absolute, paths } from './site.ts';

/** The feeds of the whole site, or of one cluster: their newest posts. */
export async function getFeedParts(clusterId?: string): Promise<{ info: FeedInfo; items: FeedItem[] }> {
  const clusters = await getClusters();
  const names = new Map(clusters.map((cluster) => [cluster.id, cluster.data.shortName]));
  const news = await getVisibleNews();
  const posts = selectFeedPosts(clusterId ? getNewsByCluster(news, clusterId) : news);
  const cluster = clusters.find((entry) => entry.id === clusterId);
  const base = cluster ? paths.cluster(cluster.id) : paths.home();
  return {
    info: {
      title: cluster ? `${cluster.data.name} — ${SITE_TITLE}` : SITE_TITLE,
      description: cluster ? cluster.data.description : SITE_DESCRIPTION,
      home: absolute(base),
      links: { rss: absolute(`${base}rss.xml`), atom: absolute(`${base}atom.xml`), json: absolute(`${base}feed.json`) },
      image: absolute(paths.asset('cards/site.png')),
    },
    items: toFeedItems(posts, { clusterNames: names, postUrl: (slug) => absolute(paths.post(slug)), bodyHtml: (post) => readPostBody(post).html }),
  };
}

export async function rssResponse(clusterId?: string): Promise<Response> {
  const { info, items } = await getFeedParts(clusterId);
  return rss({
    title: info.title,
    description: info.description,
    site: info.home,
    trailingSlash: true,
    customData: '<language>bg</language>',
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

export async function atomResponse(clusterId?: string): Promise<Response> {
  const { info, items } = await getFeedParts(clusterId);
  return new Response(makeFeed(info, items).atom1(), { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
}

export async function jsonFeedResponse(clusterId?: string): Promise<Response> {
  const { info, items } = await getFeedParts(clusterId);
  return new Response(toJsonFeed11(makeFeed(info, items)), { headers: { 'Content-Type': 'application/feed+json; charset=utf-8' } });
}

/** The feed files of the site and of each cluster, by file name. */
export const FEED_FILES = {
  'rss.xml': (clusterId?: string) => timePart('feeds', () => rssResponse(clusterId)),
  'atom.xml': (clusterId?: string) => timePart('feeds', () => atomResponse(clusterId)),
  'feed.json': (clusterId?: string) => timePart('feeds', () => jsonFeedResponse(clusterId)),
} as const;
