import type { Locale } from '../../i18n/locale.ts';
import type { NewsPost } from '../news-post.ts';
import { CITY_COORDINATES } from './city-coordinates.ts';

/** One event at a place, as a marker and the text alternative both show it. */
export interface PlaceEvent {
  slug: string;
  eventName: string;
  /** The name's language where it is not the page's (a post not translated into it). */
  textLanguage: string | undefined;
  when: string;
  start: string;
  clusterName: string;
}

/** A city where events took place, with the events there, oldest first. */
export interface Place {
  /** The city as the posts write it, the key of its coordinates and of the search filter. */
  city: string;
  /** The city in the page's language. */
  cityName: string;
  country: string;
  countryName: string;
  /** [longitude, latitude], or undefined when only the country is known. */
  coordinates: readonly [number, number] | undefined;
  events: PlaceEvent[];
  /** How many events took place here; `events` may hold only some of them (see `limitPlaceEvents`). */
  count: number;
}

/** The places of the posts' events, by country name and city, each with its events. */
export function collectPlaces(
  posts: readonly NewsPost[],
  clusterNames: ReadonlyMap<string, string>,
  locale: Locale,
  eventNameOf: (post: NewsPost) => { eventName: string; language?: string | undefined } = (post) => ({ eventName: post.data.event.name }),
): Place[] {
  const places = new Map<string, Place>();
  for (const post of posts) {
    const { event } = post.data;
    const key = `${event.country}|${event.city}`;
    const place = places.get(key) ?? {
      city: event.city,
      cityName: locale.nameCity(event.city),
      country: event.country,
      countryName: locale.nameCountry(event.country),
      coordinates: CITY_COORDINATES[event.city],
      events: [],
      count: 0,
    };
    place.count++;
    const named = eventNameOf(post);
    place.events.push({
      slug: post.id,
      eventName: named.eventName,
      textLanguage: named.language,
      when: locale.formatDateRange(event.start, event.end),
      start: event.start,
      clusterName: clusterNames.get(post.data.cluster.id) ?? post.data.cluster.id,
    });
    places.set(key, place);
  }
  for (const place of places.values()) place.events.sort((a, b) => a.start.localeCompare(b.start) || a.slug.localeCompare(b.slug));
  return [...places.values()].sort((a, b) => locale.compare(a.countryName, b.countryName) || locale.compare(a.cityName, b.cityName));
}

/** Countries of the partners the posts name (European bodies, `EU`, have no country to shade). */
export function collectPartnerCountries(
  posts: readonly NewsPost[],
  partnerCountries: ReadonlyMap<string, string>,
): string[] {
  const codes = new Set<string>();
  for (const post of posts) {
    for (const partner of post.data.partners) {
      const code = partnerCountries.get(partner.id);
      if (code && code !== 'EU') codes.add(code);
    }
  }
  return [...codes].sort();
}

/**
 * The places with only their `limit` latest events, newest first, and the full count:
 * what a map's text shows, so a place with 2,000 events costs a page no more than one with 5.
 */
export function limitPlaceEvents(places: readonly Place[], limit: number): Place[] {
  return places.map((place) => ({ ...place, events: place.events.slice(-limit).reverse() }));
}
