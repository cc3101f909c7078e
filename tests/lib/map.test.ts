import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import type { Topology } from 'topojson-specification';
import { countClusterStats } from '../../src/lib/cluster-stats.ts';
import { drawMap, readCountries } from '../../src/lib/map/draw-map.ts';
import { collectPartnerCountries, collectPlaces } from '../../src/lib/map/places.ts';
import { buildTimeline } from '../../src/lib/timeline.ts';
import { makePost } from '../helpers/make-post.ts';
import { getLocale } from '../../src/i18n/locale.ts';

const bulgarian = getLocale('bg');

const topology = JSON.parse(
  await readFile(createRequire(import.meta.url).resolve('world-atlas/countries-110m.json'), 'utf8'),
) as Topology;
const world = readCountries(topology);
const names = new Map([['sofia', 'София'], ['varna', 'ЧЕК']]);

const posts = [
  makePost('solun', { date: '2022-09-14', partners: ['chorus'], event: { city: 'Солун', country: 'GR', start: '2022-09-14' } }),
  makePost('toronto', { date: '2019-06-07', event: { city: 'Торонто', country: 'CA', start: '2019-06-05', end: '2019-06-07' } }),
  makePost('bruxelles', { date: '2012-10-15', cluster: 'varna', partners: ['eu-body'], event: { city: 'Брюксел', country: 'BE', start: '2012-10-10' } }),
  makePost('bruxelles-2', { date: '2013-03-01', event: { city: 'Брюксел', country: 'BE', start: '2013-02-27' } }),
  makePost('nowhere', { date: '2014-05-01', event: { city: 'Малко село', country: 'PT', start: '2014-05-01' } }),
];
const partnerCountries = new Map([['chorus', 'GR'], ['eu-body', 'EU']]);

describe('collectPlaces', () => {
  it('groups events by city, oldest first, places by Bulgarian country name', () => {
    const places = collectPlaces(posts, names, bulgarian);
    expect(places.map((p) => `${p.countryName}/${p.city}`)).toEqual(['Белгия/Брюксел', 'Гърция/Солун', 'Канада/Торонто', 'Португалия/Малко село']);
    expect(places[0]!.events.map((e) => e.slug)).toEqual(['bruxelles', 'bruxelles-2']);
    expect(places[2]!.events[0]!.when).toBe('5–7 юни 2019 г.');
  });

  it('names places and dates in English on English pages, sorted by their English names', () => {
    const places = collectPlaces(posts, names, getLocale('en'));
    expect(places.map((p) => `${p.countryName}/${p.cityName}`)).toEqual(['Belgium/Brussels', 'Canada/Toronto', 'Greece/Thessaloniki', 'Portugal/Malko selo']);
    expect(places[1]!.events[0]!.when).toBe('5–7 June 2019');
  });

  it('shades partner countries but not European bodies', () => {
    expect(collectPartnerCountries(posts, partnerCountries)).toEqual(['GR']);
  });
});

describe('drawMap', () => {
  const size = { width: 960, height: 560, margin: 24 };
  const places = collectPlaces(posts, names, bulgarian);
  const drawing = drawMap(world, places, ['GR'], size);

  it('keeps every marker inside the drawing, clear of the margin', () => {
    for (const marker of drawing.markers) {
      expect(marker.x).toBeGreaterThanOrEqual(size.margin);
      expect(marker.x).toBeLessThanOrEqual(size.width - size.margin);
      expect(marker.y).toBeGreaterThanOrEqual(size.margin);
      expect(marker.y).toBeLessThanOrEqual(size.height - size.margin);
    }
  });

  it('puts west to the left and north to the top', () => {
    const at = (city: string) => drawing.markers.find((m) => m.place.city === city)!;
    expect(at('Торонто').x).toBeLessThan(at('Брюксел').x);
    expect(at('Брюксел').x).toBeLessThan(at('Солун').x);
    expect(at('Брюксел').y).toBeLessThan(at('Солун').y);
  });

  it('places a city without coordinates at its country, not at 0,0', () => {
    const village = drawing.markers.find((m) => m.place.city === 'Малко село')!;
    const lisbon = drawMap(world, collectPlaces([makePost('l', { event: { city: 'Лисабон', country: 'PT' } }), ...posts], names, bulgarian), [], size)
      .markers.find((m) => m.place.city === 'Лисабон')!;
    expect(Math.abs(village.x - lisbon.x)).toBeLessThan(80);
  });

  it('shades exactly the partner countries and keeps only countries in view', () => {
    expect(drawing.countries.filter((c) => c.shaded).map((c) => c.code)).toEqual(['GR']);
    expect(drawing.countries.length).toBeLessThan(world.length);
  });

  it('draws a sensible map for a single place', () => {
    const one = drawMap(world, collectPlaces([posts[0]!], names, bulgarian), [], size);
    expect(Number.isFinite(one.markers[0]!.x)).toBe(true);
    expect(one.countries.some((c) => c.code === 'BG')).toBe(true);
  });
});

describe('buildTimeline', () => {
  const events = collectPlaces(posts, names, bulgarian).flatMap((p) => p.events.map((e) => ({ ...e, place: p.city })));

  it('runs from the first year to the last, oldest first, collapsing years without events', () => {
    const steps = buildTimeline(events);
    expect(steps.map((s) => (s.kind === 'year' ? s.year : `${s.from}-${s.to}`))).toEqual([2012, 2013, 2014, '2015-2018', 2019, '2020-2021', 2022]);
  });

  it('places every event exactly once, in its year', () => {
    const placed = buildTimeline(events).flatMap((s) => (s.kind === 'year' ? s.events.map((e) => `${s.year}:${e.slug}`) : []));
    expect(placed.sort()).toEqual(['2012:bruxelles', '2013:bruxelles-2', '2014:nowhere', '2019:toronto', '2022:solun']);
  });

  it('has nothing to show without events', () => {
    expect(buildTimeline([])).toEqual([]);
  });

  it('shows at most the limit of a busy year, spread from January to December, and counts them all', () => {
    const year = Array.from({ length: 365 }, (_, day) => {
      const start = new Date(Date.UTC(2022, 0, 1 + day)).toISOString().slice(0, 10);
      return { slug: `d${day}`, eventName: '', textLanguage: undefined, when: '', start, clusterName: '', place: '' };
    });
    const [step] = buildTimeline(year, 12);
    expect(step?.kind === 'year' && step.count).toBe(365);
    const shown = step?.kind === 'year' ? step.events.map((event) => event.start) : [];
    expect(shown).toHaveLength(12);
    expect([shown[0], shown.at(-1)]).toEqual(['2022-01-01', '2022-12-31']);
    expect(new Set(shown.map((start) => start.slice(5, 7))).size).toBe(12);
  });
});

describe('countClusterStats', () => {
  it('counts events, countries and distinct partners', () => {
    expect(countClusterStats(posts)).toEqual({ events: 5, countries: 4, partners: 2 });
  });
});
