import { Feed } from 'feed';
import type { FeedItem } from './feed-items.ts';

/** What a feed says about itself. */
export interface FeedInfo {
  title: string;
  description: string;
  /** Absolute URL of the page the feed belongs to. */
  home: string;
  /** Absolute URLs of the feed in each format, for self links. */
  links: { rss: string; atom: string; json: string };
  /** Absolute URL of the site-wide social card, used as the feed image. */
  image: string;
  /** The feed's language code (`bg`, `en`). */
  language: string;
  /** Who the texts belong to, in the feed's language. */
  copyright: string;
}

/**
 * Atom 1.0 and JSON Feed 1.1 through the well-kept `feed` package (RSS 2.0 goes through
 * @astrojs/rss in the routes). Full post content, absolute links, in the feed's language.
 */
export function makeFeed(info: FeedInfo, items: readonly FeedItem[]): Feed {
  const feed = new Feed({
    id: info.home,
    title: info.title,
    description: info.description,
    link: info.home,
    language: info.language,
    image: info.image,
    copyright: info.copyright,
    updated: items[0]?.date ?? new Date(0),
    feedLinks: { rss: info.links.rss, atom: info.links.atom, json: info.links.json },
  });
  for (const item of items) {
    feed.addItem({
      id: item.link,
      title: item.title,
      link: item.link,
      date: item.date,
      published: item.date,
      description: item.summary,
      content: item.content,
      author: [{ name: item.author }],
    });
  }
  return feed;
}

/**
 * JSON Feed 1.1 from the `feed` package's 1.0 output: 1.1 adds `language` and replaces
 * each `author` with an `authors` list.
 */
export function toJsonFeed11(feed: Feed): string {
  const json = JSON.parse(feed.json1()) as Record<string, unknown> & { items: Record<string, unknown>[] };
  json.version = 'https://jsonfeed.org/version/1.1';
  json.language = 'bg';
  for (const item of json.items) {
    if (item.author) {
      item.authors = [item.author];
      delete item.author;
    }
  }
  return JSON.stringify(json, null, 2);
}
