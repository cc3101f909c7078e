import type { NewsPost } from './news-post.ts';

export interface AdjacentPosts<T> {
  /** The next post forward in time, if any. */
  newer?: T;
  /** The previous post back in time, if any. */
  older?: T;
}

/** Neighbours of a post in a newest-first list. */
export function getAdjacentPosts<T extends NewsPost>(sorted: readonly T[], id: string): AdjacentPosts<T> {
  const index = sorted.findIndex((post) => post.id === id);
  if (index === -1) return {};
  const newer = sorted[index - 1];
  const older = sorted[index + 1];
  return { ...(newer ? { newer } : {}), ...(older ? { older } : {}) };
}
