import type { NewsPost } from './news-post.ts';

export interface AdjacentPosts<T> {
  /** The next post forward in time, if any. */
  newer?: T;
  /** The previous post back in time, if any. */
  older?: T;
}

/** Neighbours of the post at `index` in a newest-first list (by index: a search by id per post would make all pages O(N²)). */
export function getAdjacentPosts<T extends NewsPost>(sorted: readonly T[], index: number): AdjacentPosts<T> {
  const newer = sorted[index - 1];
  const older = sorted[index + 1];
  return { ...(newer ? { newer } : {}), ...(older ? { older } : {}) };
}
