import type { NewsPost } from './news-post.ts';

/** Posts published by one cluster. */
export function getNewsByCluster<T extends NewsPost>(posts: readonly T[], clusterId: string): T[] {
  return posts.filter((post) => post.data.cluster.id === clusterId);
}

/** Posts that name one partner. */
export function getNewsByPartner<T extends NewsPost>(posts: readonly T[], partnerId: string): T[] {
  return posts.filter((post) => post.data.partners.some((partner) => partner.id === partnerId));
}

/** Posts published in one year. */
export function getNewsByYear<T extends NewsPost>(posts: readonly T[], year: number): T[] {
  return posts.filter((post) => post.data.date.startsWith(`${year}-`));
}
