import type { IsoDate } from '../schemas/iso-date.ts';

/** The year of a `YYYY-MM-DD` date. */
export function yearOf(date: IsoDate): number {
  return Number(date.slice(0, 4));
}

interface DateFormats {
  full: Intl.DateTimeFormat;
  dayMonth: Intl.DateTimeFormat;
  /**
   * Dates already formatted: every news card on every list page shows one, so a 10,000-post
   * build formats dozens of dates per post, of a few thousand different days.
   */
  done: Map<IsoDate, string>;
}

const formats = new Map<string, DateFormats>();

function formatsOf(locale: string): DateFormats {
  let found = formats.get(locale);
  if (!found) {
    // UTC throughout: a `YYYY-MM-DD` date is a calendar day, not an instant in the reader's zone.
    const options = { timeZone: 'UTC', day: 'numeric', month: 'long' } as const;
    found = {
      full: new Intl.DateTimeFormat(locale, { ...options, year: 'numeric' }),
      dayMonth: new Intl.DateTimeFormat(locale, options),
      done: new Map(),
    };
    formats.set(locale, found);
  }
  return found;
}

const toDate = (date: IsoDate) => new Date(`${date}T00:00:00Z`);

/** A date as the locale writes it: „14 септември 2022 г." (`bg`), „14 September 2022" (`en-GB`). */
export function formatDate(date: IsoDate, locale: string): string {
  const { full, done } = formatsOf(locale);
  let label = done.get(date);
  if (label === undefined) {
    label = full.format(toDate(date));
    done.set(date, label);
  }
  return label;
}

/**
 * A date or a range, naming month and year once where they repeat: „5–7 юни 2019 г.",
 * „30 май – 2 юни 2019 г.", „30 декември 2019 г. – 2 януари 2020 г." (and „5–7 June 2019").
 * Written here rather than with `Intl.DateTimeFormat.formatRange`, which spaces the dash
 * between two days („5 – 7 юни"), against Bulgarian and English typography alike.
 */
export function formatDateRange(start: IsoDate, end: IsoDate | undefined, locale: string): string {
  if (end === undefined || end === start) return formatDate(start, locale);
  if (start.slice(0, 4) !== end.slice(0, 4)) return `${formatDate(start, locale)} – ${formatDate(end, locale)}`;
  if (start.slice(0, 7) !== end.slice(0, 7)) return `${formatsOf(locale).dayMonth.format(toDate(start))} – ${formatDate(end, locale)}`;
  return `${Number(start.slice(8))}–${formatDate(end, locale)}`;
}
