import { getCollection, type CollectionEntry } from 'astro:content';
import { isPublished } from '../lib/visibility.ts';
import { sortNewestFirst } from '../lib/sort-news.ts';

export type NewsEntry = CollectionEntry<'news'>;
export type ClusterEntry = CollectionEntry<'clusters'>;
export type PartnerEntry = CollectionEntry<'partners'>;
export type TranslationEntry = CollectionEntry<'translations'>;

const collator = new Intl.Collator('bg');

/** Every published post, newest first; drafts never leave this function. */
export async function getVisibleNews(): Promise<NewsEntry[]> {
  return sortNewestFirst((await getCollection('news')).filter(isPublished));
}

/** All clusters, by name. */
export async function getClusters(): Promise<ClusterEntry[]> {
  return (await getCollection('clusters')).sort((a, b) => collator.compare(a.data.name, b.data.name));
}

/** All partners, by name. */
export async function getPartners(): Promise<PartnerEntry[]> {
  return (await getCollection('partners')).sort((a, b) => collator.compare(a.data.name, b.data.name));
}

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
