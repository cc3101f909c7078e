import type { NewsPost } from './news-post.ts';
import { slugify } from './slugify.ts';

export interface Topic<T> {
  slug: string;
  /** The topic as first written in a post. */
  name: string;
  posts: T[];
}

const collator = new Intl.Collator('bg');

/** Every topic of the posts with the posts that carry it; topics in Bulgarian alphabetical order. */
export function getTopics<T extends NewsPost>(posts: readonly T[]): Topic<T>[] {
  const topics = new Map<string, Topic<T>>();
  for (const post of posts) {
    for (const name of post.data.topics) {
      const slug = slugify(name);
      const topic = topics.get(slug) ?? { slug, name, posts: [] };
      // Two spellings of one topic in a post name it once; its posts arrive one after another.
      if (topic.posts.at(-1) !== post) topic.posts.push(post);
      topics.set(slug, topic);
    }
  }
  return [...topics.values()].sort((a, b) => collator.compare(a.name, b.name));
}

/** The URL slug of a topic name. */
export function getTopicSlug(name: string): string {
  return slugify(name);
}
