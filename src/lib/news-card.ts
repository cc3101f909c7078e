import { EVENT_KINDS } from '../schemas/event-kinds.ts';
import { getCountryName } from './country-name.ts';
import { formatDate, formatDateRange } from './format-date.ts';
import type { NewsPost } from './news-post.ts';
import type { SitePaths } from './paths.ts';

/** What a list of news shows for one post. */
export interface NewsCard {
  id: string;
  href: string;
  title: string;
  summary: string;
  date: string;
  dateLabel: string;
  clusterName: string;
  clusterHref: string;
  /** „Солун, Гърция" */
  place: string;
  /** „среща, 14 септември 2022 г." */
  eventLabel: string;
}

/** The event's place in Bulgarian: city and country name. */
export function formatPlace(event: NewsPost['data']['event']): string {
  return `${event.city}, ${getCountryName(event.country)}`;
}

/** Builds the card of a post; `clusterNames` maps cluster ids to their short names. */
export function toNewsCard(post: NewsPost, clusterNames: ReadonlyMap<string, string>, paths: SitePaths): NewsCard {
  const { data } = post;
  return {
    id: post.id,
    href: paths.post(post.id),
    title: data.title,
    summary: data.summary,
    date: data.date,
    dateLabel: formatDate(data.date),
    clusterName: clusterNames.get(data.cluster.id) ?? data.cluster.id,
    clusterHref: paths.cluster(data.cluster.id),
    place: formatPlace(data.event),
    eventLabel: `${EVENT_KINDS[data.event.kind]}, ${formatDateRange(data.event.start, data.event.end)}`,
  };
}
