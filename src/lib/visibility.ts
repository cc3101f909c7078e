import type { NewsPost } from './news-post.ts';

/**
 * The one visibility rule: a draft is published nowhere. Every listing, page,
 * feed and index gets its posts through this predicate.
 */
export function isPublished(post: Pick<NewsPost, 'data'> & { data: { draft: boolean } }): boolean {
  return !post.data.draft;
}
