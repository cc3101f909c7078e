import { yearOf } from './format-date.ts';
import type { NewsPost } from './news-post.ts';

export interface YearGroup<T> {
  year: number;
  posts: T[];
}

/** Groups posts by publication year, keeping their order; years newest first. */
export function groupByYear<T extends NewsPost>(posts: readonly T[]): YearGroup<T>[] {
  const groups = new Map<number, T[]>();
  for (const post of posts) {
    const year = yearOf(post.data.date);
    groups.set(year, [...(groups.get(year) ?? []), post]);
  }
  return [...groups]
    .sort(([a], [b]) => b - a)
    .map(([year, grouped]) => ({ year, posts: grouped }));
}
