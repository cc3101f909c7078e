import type { NewsPost } from './news-post.ts';

/** Newest publication date first; posts of the same day by slug, so the order never wobbles. */
export function sortNewestFirst<T extends NewsPost>(posts: readonly T[]): T[] {
  return [...posts].sort(
    (a, b) => b.data.date.localeCompare(a.data.date) || a.id.localeCompare(b.id),
  );
}
