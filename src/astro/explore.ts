import world from 'world-atlas/countries-110m.json';
import type { Topology } from 'topojson-specification';
import { drawMap, readCountries } from '../lib/map/draw-map.ts';
import { collectPartnerCountries, collectPlaces, limitPlaceEvents } from '../lib/map/places.ts';
import type { NewsPost } from '../lib/news-post.ts';
import { buildTimeline } from '../lib/timeline.ts';
import type { Language } from '../i18n/languages.ts';
import { getClusters, getPartners } from './collections.ts';
import { getEdition } from './edition.ts';

const countries = readCountries(world as unknown as Topology);

/** Map sizes: the full map page, and the small map on the home and cluster pages. */
export const MAP_SIZES = {
  full: { width: 960, height: 560 },
  small: { width: 640, height: 380 },
} as const;

/**
 * How many events the text of a map lists per place, and a timeline per year; the rest
 * are counted and linked, so these pages stay the same size as the archive grows.
 */
export const EXPLORE_LIMITS = {
  full: { placeEvents: 4, yearEvents: 12 },
  small: { placeEvents: 1, yearEvents: 4 },
} as const;

/** The map drawing and the timeline of some posts' events. */
export async function getExploreData(posts: readonly NewsPost[], language: Language, size: keyof typeof MAP_SIZES = 'full') {
  const edition = await getEdition(language);
  const clusterNames = new Map((await getClusters()).map((cluster) => [cluster.id, edition.nameCluster(cluster).shortName]));
  const partnerCountries = new Map((await getPartners()).map((partner) => [partner.id, partner.data.country]));
  const allPlaces = collectPlaces(posts, clusterNames, edition, edition.textsOf);
  const places = limitPlaceEvents(allPlaces, EXPLORE_LIMITS[size].placeEvents);
  const shaded = collectPartnerCountries(posts, partnerCountries);
  const events = allPlaces.flatMap((place) => place.events.map((event) => ({ ...event, place: `${place.cityName}, ${place.countryName}` })));
  return {
    places,
    shaded,
    drawing: drawMap(countries, places, shaded, MAP_SIZES[size]),
    timeline: buildTimeline(events, EXPLORE_LIMITS[size].yearEvents),
  };
}
