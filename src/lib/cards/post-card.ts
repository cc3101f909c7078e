import { formatDate } from '../format-date.ts';
import type { NewsPost } from '../news-post.ts';

/** What a card shows. */
export interface CardContent {
  title: string;
  /** Line under the title: date and cluster, or the site's description. */
  meta: string;
  siteName: string;
}

/** What a post's social card shows: its title, then its date and the short name of its cluster. */
export function makePostCardContent(post: NewsPost, clusterShortName: string, siteName: string): CardContent {
  return { title: post.data.title, meta: `${formatDate(post.data.date)} · ${clusterShortName}`, siteName };
}
