import { yearOf } from './format-date.ts';
import type { PlaceEvent } from './map/places.ts';

/** A year on the timeline, or a run of years without events shown as one step. */
export type TimelineStep =
  /** `events` holds up to the limit of the year's events, spread over the year; `count` is all of them. */
  | { kind: 'year'; year: number; events: (PlaceEvent & { place: string })[]; count: number }
  | { kind: 'gap'; from: number; to: number };

/**
 * At most `limit` of the items, spread evenly from the first to the last, in order: a
 * year of 500 events shows January to December, not its first dozen days.
 */
function spreadOver<T>(items: readonly T[], limit: number): T[] {
  if (items.length <= limit) return [...items];
  if (limit <= 1) return items.slice(0, limit);
  return Array.from({ length: limit }, (_, i) => items[Math.round((i * (items.length - 1)) / (limit - 1))]!);
}

/**
 * Lays events out by year, oldest first, from the first year to the last. Years without
 * events collapse into one gap step, and each year shows at most `limit` events spread
 * over the year, with a count of the rest, so thousands of posts stay one short page.
 */
export function buildTimeline(events: readonly (PlaceEvent & { place: string })[], limit = Infinity): TimelineStep[] {
  if (events.length === 0) return [];
  const byYear = new Map<number, (PlaceEvent & { place: string })[]>();
  for (const event of events) {
    const year = yearOf(event.start);
    const inYear = byYear.get(year);
    if (inYear) inYear.push(event);
    else byYear.set(year, [event]);
  }
  const years = [...byYear.keys()].sort((a, b) => a - b);
  const steps: TimelineStep[] = [];
  for (let year = years[0]!; year <= years.at(-1)!; year++) {
    const inYear = byYear.get(year);
    if (inYear) {
      const sorted = inYear.sort((a, b) => a.start.localeCompare(b.start) || a.slug.localeCompare(b.slug));
      steps.push({ kind: 'year', year, events: spreadOver(sorted, limit), count: sorted.length });
      continue;
    }
    const last = steps.at(-1);
    if (last?.kind === 'gap') last.to = year;
    else steps.push({ kind: 'gap', from: year, to: year });
  }
  return steps;
}
