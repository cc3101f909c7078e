import type { NewsPost } from './news-post.ts';
import { slugify } from './slugify.ts';

export interface Topic<T> {
  slug: string;
  /** How the topic is shown everywhere: its spelling in most of its posts (see `chooseTopicName`). */
  name: string;
  posts: T[];
}

const collator = new Intl.Collator('bg');

const capitals = (text: string) => text.match(/\p{Lu}/gu)?.length ?? 0;

/**
 * The display name of a topic written several ways („interreg", „Interreg"): the spelling
 * most of its posts use; on a tie the one with more capitals, since a capital is written on
 * purpose (an acronym „CETA", a name „Open Days") and lower case often by habit.
 */
export function chooseTopicName(spellings: ReadonlyMap<string, number>): string {
  let best = '';
  let bestCount = -1;
  for (const [spelling, count] of spellings) {
    const better = count > bestCount || (count === bestCount && capitals(spelling) > capitals(best));
    if (better) {
      best = spelling;
      bestCount = count;
    }
  }
  return best;
}

/** Every topic of the posts with the posts that carry it; topics in Bulgarian alphabetical order. */
export function getTopics<T extends NewsPost>(posts: readonly T[]): Topic<T>[] {
  const topics = new Map<string, { slug: string; spellings: Map<string, number>; posts: T[] }>();
  // An archive has a few hundred spellings in tens of thousands of tags: each slugified once.
  const slugs = new Map<string, string>();
  for (const post of posts) {
    for (const spelling of post.data.topics) {
      let slug = slugs.get(spelling);
      if (slug === undefined) slugs.set(spelling, (slug = slugify(spelling)));
      const topic = topics.get(slug) ?? { slug, spellings: new Map<string, number>(), posts: [] };
      // Two spellings of one topic in a post name it once; its posts arrive one after another.
      if (topic.posts.at(-1) !== post) topic.posts.push(post);
      topic.spellings.set(spelling, (topic.spellings.get(spelling) ?? 0) + 1);
      topics.set(slug, topic);
    }
  }
  return [...topics.values()]
    .map(({ slug, spellings, posts: tagged }) => ({ slug, name: chooseTopicName(spellings), posts: tagged }))
    .sort((a, b) => collator.compare(a.name, b.name));
}

/** The URL slug of a topic name. */
export function getTopicSlug(name: string): string {
  return slugify(name);
}
