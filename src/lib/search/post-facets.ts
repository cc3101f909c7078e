import type { Locale } from '../../i18n/locale.ts';
import { yearOf } from '../format-date.ts';
import type { NewsPost } from '../news-post.ts';
import { slugify } from '../slugify.ts';
import { FACETS, type Facet } from './search-state.ts';

/** The filter values of one post, as ids: what its page hands to Pagefind. */
export function getPostFacets(post: NewsPost): Record<Facet, string[]> {
  const { data } = post;
  return {
    cluster: [data.cluster.id],
    partner: data.partners.map((partner) => partner.id),
    country: [data.event.country],
    city: [slugify(data.event.city)],
    year: [String(yearOf(data.date))],
    kind: [data.event.kind],
  };
}

export type FacetLabels = Record<Facet, Record<string, string>>;

/**
 * Labels in the page's language for every filter value the posts use, so URLs can carry short
 * ASCII ids (`?cluster=sofia-grad-na-znanieto`) while the page shows names.
 */
export function getFacetLabels(
  posts: readonly NewsPost[],
  names: { clusters: ReadonlyMap<string, string>; partners: ReadonlyMap<string, string> },
  locale: Locale,
): FacetLabels {
  const labels = Object.fromEntries(FACETS.map((facet) => [facet, {}])) as FacetLabels;
  for (const post of posts) {
    const facets = getPostFacets(post);
    const { data } = post;
    labels.cluster[data.cluster.id] = names.clusters.get(data.cluster.id) ?? data.cluster.id;
    for (const id of facets.partner) labels.partner[id] = names.partners.get(id) ?? id;
    labels.country[data.event.country] = locale.nameCountry(data.event.country);
    labels.city[slugify(data.event.city)] = locale.nameCity(data.event.city);
    labels.year[String(yearOf(data.date))] = String(yearOf(data.date));
    labels.kind[data.event.kind] = locale.t.eventKinds[data.event.kind];
  }
  return labels;
}
