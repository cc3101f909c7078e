import type { NewsPost } from './news-post.ts';

/** What a cluster's page counts: its events, the countries it met in, the partners it met. */
export interface ClusterStats {
  events: number;
  countries: number;
  partners: number;
}

export function countClusterStats(posts: readonly NewsPost[]): ClusterStats {
  return {
    events: posts.length,
    countries: new Set(posts.map((post) => post.data.event.country)).size,
    partners: new Set(posts.flatMap((post) => post.data.partners.map((partner) => partner.id))).size,
  };
}
