import { getTopics } from '../topics.ts';
import type { NewsPost } from '../news-post.ts';

/** The topics of the posts, as first written, most used first: what the editor offers. */
export function countTopics<T extends NewsPost>(posts: readonly T[]): string[] {
  return getTopics(posts)
    .sort((a, b) => b.posts.length - a.posts.length)
    .map((topic) => topic.name);
}
