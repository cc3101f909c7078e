import { getCollection, type CollectionEntry } from 'astro:content';
import { isPublished } from '../lib/visibility.ts';
import { sortNewestFirst } from '../lib/sort-news.ts';

export type NewsEntry = CollectionEntry<'news'>;
export type ClusterEntry = CollectionEntry<'clusters'>;
export type PartnerEntry = CollectionEntry<'partners'>;
export type TranslationEntry = CollectionEntry<'translations'>;

const collator = new Intl.Collator('bg');

/**
 * `read` once per build: content cannot change while a build runs, and Astro's
 * `getCollection` copies every entry on every call, which every page type makes (sorting
 * 10,000 posts each time). Frozen, since every page shares it. `astro dev` reads afresh
 * for every page, so an edit shows on the next reload.
 */
function readOncePerBuild<T>(read: () => Promise<readonly T[]>): () => Promise<readonly T[]> {
  let kept: Promise<readonly T[]> | undefined;
  return () => (import.meta.env.DEV ? read() : (kept ??= read().then((list) => Object.freeze(list))));
}

/** Every published post, newest first; drafts never leave this function. */
export const getVisibleNews: () => Promise<readonly NewsEntry[]> = readOncePerBuild(async () => sortNewestFirst((await getCollection('news')).filter(isPublished)));

/** All clusters, by name. */
export const getClusters: () => Promise<readonly ClusterEntry[]> = readOncePerBuild(async () => (await getCollection('clusters')).sort((a, b) => collator.compare(a.data.name, b.data.name)));

/** All partners, by name. */
export const getPartners: () => Promise<readonly PartnerEntry[]> = readOncePerBuild(async () => (await getCollection('partners')).sort((a, b) => collator.compare(a.data.name, b.data.name)));

/** The translations into a language, by the slug of the post each translates; only those of published posts. */
export async function getTranslations(language: string): Promise<Map<string, TranslationEntry>> {
  const published = new Set((await getVisibleNews()).map((post) => post.id));
  const prefix = `${language}/`;
  const found = new Map<string, TranslationEntry>();
  for (const entry of await getCollection('translations')) {
    if (!entry.id.startsWith(prefix)) continue;
    const slug = entry.id.slice(prefix.length);
    if (published.has(slug)) found.set(slug, entry);
  }
  return found;
}
