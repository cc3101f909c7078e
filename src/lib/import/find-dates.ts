import { isCalendarDate } from '../../schemas/iso-date.ts';

const MONTHS = [
  'януари', 'февруари', 'март', 'април', 'май', 'юни',
  'юли', 'август', 'септември', 'октомври', 'ноември', 'декември',
];
const MONTH = `(${MONTHS.join('|')})`;
const YEAR = '((?:19|20)\\d\\d)\\s*(?:г\\.?|година)?';
const DAY = '(\\d{1,2})';

export interface DateRange {
  start: string;
  end?: string;
  /** Offset of the phrase in the text. */
  index: number;
  /** The phrase as written. */
  text: string;
}

const pad = (n: number) => String(n).padStart(2, '0');

function iso(year: number, month: number, day: number): string | undefined {
  const value = `${year}-${pad(month)}-${pad(day)}`;
  return isCalendarDate(value) ? value : undefined;
}

/** The first four-digit year named in a text, for dates that leave their year out („5-7 юни"). */
export function findYear(text: string): number | undefined {
  const match = /(?<!\d)((?:19|20)\d\d)(?!\d)/.exec(text);
  return match ? Number(match[1]) : undefined;
}

type Parser = (match: RegExpMatchArray, fallbackYear: number | undefined) => [string, string?] | undefined;

/** One date, when the day exists. */
const single = (start: string | undefined): [string] | undefined => (start ? [start] : undefined);

/** A range, when both days exist and the end does not come before the start. */
const span = (start: string | undefined, end: string | undefined): [string, string] | undefined =>
  start && end && end >= start ? [start, end] : undefined;

// Longer forms first: „от 7 до 9 ноември 2023 г." must not be read as „9 ноември 2023 г.".
const FORMS: [RegExp, Parser][] = [
  [
    new RegExp(`(?:от\\s+)?${DAY}\\.(\\d{1,2})\\.?\\s*(?:-|–|до)\\s*${DAY}\\.(\\d{1,2})\\.(\\d{4})`, 'giu'),
    (m) => span(iso(+m[5]!, +m[2]!, +m[1]!), iso(+m[5]!, +m[4]!, +m[3]!)),
  ],
  [
    new RegExp(`${DAY}\\.(\\d{1,2})\\.(\\d{4})\\s*(?:г\\.?)?`, 'giu'),
    (m) => single(iso(+m[3]!, +m[2]!, +m[1]!)),
  ],
  [
    new RegExp(`(?:от\\s+)?${DAY}\\s*(?:-|–|—|до|и)\\s*${DAY}\\s+${MONTH}(?:\\s+${YEAR})?`, 'giu'),
    (m, year) => {
      const y = m[4] ? +m[4] : year;
      const month = MONTHS.indexOf(m[3]!.toLowerCase()) + 1;
      return y ? span(iso(y, month, +m[1]!), iso(y, month, +m[2]!)) : undefined;
    },
  ],
  [
    new RegExp(`(?:от\\s+)?${DAY}\\s+${MONTH}\\s*(?:-|–|—|до)\\s*${DAY}\\s+${MONTH}(?:\\s+${YEAR})?`, 'giu'),
    (m, year) => {
      const y = m[5] ? +m[5] : year;
      const from = MONTHS.indexOf(m[2]!.toLowerCase()) + 1;
      const to = MONTHS.indexOf(m[4]!.toLowerCase()) + 1;
      return y ? span(iso(y, from, +m[1]!), iso(y, to, +m[3]!)) : undefined;
    },
  ],
  [
    new RegExp(`${DAY}\\s+${MONTH}(?:\\s+${YEAR})?`, 'giu'),
    (m, year) => {
      const y = m[3] ? +m[3] : year;
      return y ? single(iso(y, MONTHS.indexOf(m[2]!.toLowerCase()) + 1, +m[1]!)) : undefined;
    },
  ],
];

/**
 * Every date or date range in a text, in order, in the forms Bulgarian news uses:
 * „14.09.2022 г.", „19 март 2024 г.", „5-7 юни", „8-9 ноември 2017г.",
 * „от 7 до 9 ноември 2023 г.", „на 28 и 29 март 2018 г.". A missing year comes from
 * `fallbackYear`; impossible days are skipped.
 */
export function findDates(text: string, fallbackYear?: number): DateRange[] {
  const taken: [number, number][] = [];
  const found: DateRange[] = [];
  for (const [pattern, parse] of FORMS) {
    for (const match of text.matchAll(pattern)) {
      const from = match.index;
      const to = from + match[0].length;
      if (taken.some(([a, b]) => from < b && to > a)) continue;
      const parsed = parse(match, fallbackYear);
      if (!parsed) continue;
      const [start, end] = parsed;
      taken.push([from, to]);
      found.push({ start, ...(end && end !== start ? { end } : {}), index: from, text: match[0].trim() });
    }
  }
  return found.sort((a, b) => a.index - b.index);
}
