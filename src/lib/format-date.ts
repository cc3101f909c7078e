import type { IsoDate } from '../schemas/iso-date.ts';

const MONTHS = [
  'януари', 'февруари', 'март', 'април', 'май', 'юни',
  'юли', 'август', 'септември', 'октомври', 'ноември', 'декември',
];

function parts(date: IsoDate) {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  return { year, month: MONTHS[month - 1] as string, day };
}

/** The year of a `YYYY-MM-DD` date. */
export function yearOf(date: IsoDate): number {
  return Number(date.slice(0, 4));
}

/**
 * Dates already formatted: every news card on every list page shows one, so a 10,000-post
 * build formats dozens of dates per post, of a few thousand different days.
 */
const formatted = new Map<IsoDate, string>();

/** „14 септември 2022 г." */
export function formatDate(date: IsoDate): string {
  let label = formatted.get(date);
  if (label === undefined) {
    const { year, month, day } = parts(date);
    label = `${day} ${month} ${year} г.`;
    formatted.set(date, label);
  }
  return label;
}

/**
 * A date or a range in Bulgarian style, naming month and year once where they
 * repeat: „5–7 юни 2019 г.", „30 май – 2 юни 2019 г.", „30 декември 2019 г. – 2 януари 2020 г.".
 */
export function formatDateRange(start: IsoDate, end?: IsoDate): string {
  if (end === undefined || end === start) return formatDate(start);
  const from = parts(start);
  const to = parts(end);
  if (from.year !== to.year) return `${formatDate(start)} – ${formatDate(end)}`;
  if (from.month !== to.month) return `${from.day} ${from.month} – ${to.day} ${to.month} ${to.year} г.`;
  return `${from.day}–${to.day} ${to.month} ${to.year} г.`;
}
