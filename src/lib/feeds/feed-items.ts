import type { NewsPost } from '../news-post.ts';

/**
 * Posts a feed holds: the newest 50. Readers poll a feed for what is new, and the
 * archive, sitemap and search hold the rest; a feed of every post grew to 44 MB per
 * format at 10,000 posts, fetched again by every reader on every poll.
 */
export const FEED_LIMIT = 50;

/** The posts of a feed, from posts sorted newest first. */
export function selectFeedPosts<T>(newestFirst: readonly T[]): T[] {
  return newestFirst.slice(0, FEED_LIMIT);
}

/** One post as every feed format needs it. */
export interface FeedItem {
  id: string;
  title: string;
  /** Absolute URL of the post. */
  link: string;
  /** Publication date at midnight UTC; posts carry calendar dates only. */
  date: Date;
  summary: string;
  /** The post body as HTML, for readers who read in their feed reader. */
  content: string;
  /** Short name of the publishing cluster. */
  author: string;
}

/** Feed items for posts, newest first as given; `absolute` turns a site path into a full URL. */
export function toFeedItems(
  posts: readonly NewsPost[],
  options: {
    clusterNames: ReadonlyMap<string, string>;
    postUrl: (slug: string) => string;
    /** A post's rendered body (its translation's, in a feed of another language); empty for a post without one. */
    bodyHtml: (post: NewsPost) => string;
    /** A post's title and summary in the feed's language; its own where left out. */
    textsOf?: (post: NewsPost) => { title: string; summary: string };
  },
): FeedItem[] {
  return posts.map((post) => {
    const texts = options.textsOf?.(post) ?? post.data;
    return {
      id: post.id,
      title: texts.title,
      link: options.postUrl(post.id),
      date: new Date(`${post.data.date}T00:00:00Z`),
      summary: texts.summary,
      content: options.bodyHtml(post) || `<p>${texts.summary}</p>`,
      author: options.clusterNames.get(post.data.cluster.id) ?? post.data.cluster.id,
    };
  });
}
