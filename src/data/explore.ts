import world from 'world-atlas/countries-110m.json';
import type { Topology } from 'topojson-specification';
import { drawMap, readCountries } from '../lib/map/draw-map.ts';
import { collectPartnerCountries, collectPlaces } from '../lib/map/places.ts';
import type { NewsPost } from '../lib/news-post.ts';
import { buildTimeline } from '../lib/timeline.ts';
import { getClusters, getPartners } from './collections.ts';

const countries = readCountries(world as unknown as Topology);

/** Map sizes: the full map page, and the small map on the home and cluster pages. */
export const MAP_SIZES = {
  full: { width: 960, height: 560 },
  small: { width: 640, height: 380 },
} as const;

/** The map drawing and the timeline of some posts' events. */
export async function getExploreData(posts: readonly NewsPost[], size: keyof typeof MAP_SIZES = 'full') {
  const clusterNames = new Map((await getClusters()).map((cluster) => [cluster.id, cluster.data.shortName]));
  const partnerCountries = new Map((await getPartners()).map((partner) => [partner.id, partner.data.country]));
  const places = collectPlaces(posts, clusterNames);
  const shaded = collectPartnerCountries(posts, partnerCountries);
  return {
    places,
    shaded,
    drawing: drawMap(countries, places, shaded, MAP_SIZES[size]),
    timeline: buildTimeline(places.flatMap((place) => place.events.map((event) => ({ ...event, place: `${place.city}, ${place.countryName}` })))),
  };
}
