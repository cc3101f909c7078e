import { yearOf } from './format-date.ts';
import type { PlaceEvent } from './map/places.ts';

/** A year on the timeline, or a run of years without events shown as one step. */
export type TimelineStep =
  | { kind: 'year'; year: number; events: (PlaceEvent & { place: string })[] }
  | { kind: 'gap'; from: number; to: number };

/**
 * Lays events out by year, oldest first, from the first year to the last. Years without
 * events collapse into one gap step, so hundreds of posts over decades stay compact.
 */
export function buildTimeline(events: readonly (PlaceEvent & { place: string })[]): TimelineStep[] {
  if (events.length === 0) return [];
  const byYear = new Map<number, (PlaceEvent & { place: string })[]>();
  for (const event of events) {
    const year = yearOf(event.start);
    byYear.set(year, [...(byYear.get(year) ?? []), event]);
  }
  const years = [...byYear.keys()].sort((a, b) => a - b);
  const steps: TimelineStep[] = [];
  for (let year = years[0]!; year <= years.at(-1)!; year++) {
    const inYear = byYear.get(year);
    if (inYear) {
      steps.push({ kind: 'year', year, events: [...inYear].sort((a, b) => a.start.localeCompare(b.start) || a.slug.localeCompare(b.slug)) });
      continue;
    }
    const last = steps.at(-1);
    if (last?.kind === 'gap') last.to = year;
    else steps.push({ kind: 'gap', from: year, to: year });
  }
  return steps;
}
