import { getCollection, type CollectionEntry } from 'astro:content';
import { isPublished } from '../lib/visibility.ts';
import { sortNewestFirst } from '../lib/sort-news.ts';
import { toNewsCard } from '../lib/news-card.ts';
import { paths } from './site.ts';

export type NewsEntry = CollectionEntry<'news'>;
export type ClusterEntry = CollectionEntry<'clusters'>;
export type PartnerEntry = CollectionEntry<'partners'>;

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

/** A function that turns posts into list cards, with cluster names looked up once. */
export async function getCardMaker() {
  const names = new Map((await getClusters()).map((cluster) => [cluster.id, cluster.data.shortName]));
  return (posts: NewsEntry[]) => posts.map((post) => toNewsCard(post, names, paths));
}
