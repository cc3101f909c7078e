import { formatDate } from '../format-date.ts';
import type { NewsPost } from '../news-post.ts';
import type { CardContent } from './render-card.ts';

/** What a post's social card shows: its title, then its date and the short name of its cluster. */
export function makePostCardContent(post: NewsPost, clusterShortName: string, siteName: string): CardContent {
  return { title: post.data.title, meta: `${formatDate(post.data.date)} · ${clusterShortName}`, siteName };
}
