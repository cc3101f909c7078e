import { geoBounds, geoCentroid, geoNaturalEarth1, geoPath } from 'd3-geo';
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import countries from 'i18n-iso-countries';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import type { Place } from './places.ts';

export interface MapCountry {
  code: string | undefined;
  d: string;
  shaded: boolean;
}

export interface MapMarker {
  x: number;
  y: number;
  place: Place;
}

export interface MapDrawing {
  width: number;
  height: number;
  countries: MapCountry[];
  markers: MapMarker[];
}

type CountryFeature = Feature<Geometry, { name: string }>;

/** Sofia: every map shows where the clusters come from. */
const HOME: [number, number] = [23.3, 42.7];

/** The world's countries from a world-atlas topology, with ISO alpha-2 codes. */
export function readCountries(topology: Topology): (CountryFeature & { code: string | undefined })[] {
  const collection = feature(topology, topology.objects.countries as GeometryCollection<{ name: string }>) as FeatureCollection<Geometry, { name: string }>;
  return collection.features.map((country) => ({
    ...country,
    code: country.id === undefined ? undefined : countries.numericToAlpha2(String(country.id).padStart(3, '0')),
  }));
}

/**
 * Projects the places onto a map sized `width`×`height`, fitted to the places and the
 * shaded countries with a margin, and keeps only the countries in view, with paths
 * rounded to whole pixels so the inline SVG stays small. A place without coordinates
 * sits at its country's centre.
 */
export function drawMap(
  world: readonly (CountryFeature & { code: string | undefined })[],
  places: readonly Place[],
  shaded: readonly string[],
  size: { width: number; height: number; margin?: number },
): MapDrawing {
  const margin = size.margin ?? 24;
  const byCode = new Map(world.filter((c) => c.code).map((c) => [c.code!, c]));
  const points = places.map((place) => place.coordinates ?? (byCode.has(place.country) ? geoCentroid(byCode.get(place.country)!) : [0, 0]));
  // Fit to the places, Bulgaria and the centres of shaded countries, not to whole
  // countries: Canada's Arctic islands would otherwise push Europe into a corner. Each
  // point brings a few degrees around it, so a single place still shows its region.
  const anchors = [...points, HOME, ...shaded.flatMap((code) => (byCode.has(code) ? [geoCentroid(byCode.get(code)!)] : []))];
  const focus: Feature = {
    type: 'Feature',
    properties: {},
    geometry: {
      type: 'MultiPoint',
      coordinates: anchors.flatMap(([lon, lat]) => [
        [lon - 5, lat - 3],
        [lon + 5, lat + 3],
      ]),
    },
  };
  const projection = geoNaturalEarth1().fitExtent(
    [
      [margin, margin],
      [size.width - margin, size.height - margin],
    ],
    focus,
  );
  const path = geoPath(projection).digits(0);
  const shadedSet = new Set(shaded);
  const inView = (country: CountryFeature) => {
    const [[west, south], [east, north]] = geoBounds(country);
    const corners = [projection([west, north]), projection([east, south]), projection([west, south]), projection([east, north])];
    return corners.some((p) => p && p[0] > -size.width && p[0] < 2 * size.width && p[1] > -size.height && p[1] < 2 * size.height);
  };
  return {
    width: size.width,
    height: size.height,
    countries: world
      .filter(inView)
      .map((country) => ({ code: country.code, d: path(country) ?? '', shaded: country.code !== undefined && shadedSet.has(country.code) }))
      .filter((country) => country.d !== ''),
    markers: places.map((place, index) => {
      const [x, y] = projection(points[index] as [number, number]) ?? [0, 0];
      return { x: Math.round(x), y: Math.round(y), place };
    }),
  };
}
