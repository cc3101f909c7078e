import { z } from 'astro/zod';

/** A calendar date written as `YYYY-MM-DD`, kept as that string so no time zone can shift it. */
export type IsoDate = string;

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * True when `value` is `YYYY-MM-DD` and names a day that exists.
 * Written by hand because `z.coerce.date()` and YAML timestamps both roll
 * „2023-02-31" over to 3 March without a word.
 */
export function isCalendarDate(value: string): boolean {
  const match = ISO_DATE.exec(value);
  if (!match) return false;
  const [year, month, day] = match.slice(1).map(Number) as [number, number, number];
  const date = new Date(Date.UTC(year, month - 1, day));
  return (
    date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day
  );
}

/** Other ways editors write a day, each read as year, month, day. */
const OTHER_FORMS: { pattern: RegExp; order: [number, number, number] }[] = [
  // 14.09.2022, 3.12.2026 г., 14/09/2022, 14-09-2022
  { pattern: /^(\d{1,2})\s*[./-]\s*(\d{1,2})\s*[./-]\s*(\d{4})(?:\s*г\.?)?$/u, order: [3, 2, 1] },
  // 2022/09/14, 2022.09.14, 2022-9-4
  { pattern: /^(\d{4})\s*[./-]\s*(\d{1,2})\s*[./-]\s*(\d{1,2})(?:\s*г\.?)?$/u, order: [1, 2, 3] },
  // A timestamp counts as the calendar day written in it: 2024-04-20T10:00:00+03:00.
  { pattern: /^(\d{4})-(\d{2})-(\d{2})[T ]\d{1,2}:\d{2}/, order: [1, 2, 3] },
];

/** `value` as `YYYY-MM-DD` when it is a day written in another common form, else undefined. */
export function toIsoDate(value: string): IsoDate | undefined {
  for (const { pattern, order } of OTHER_FORMS) {
    const match = pattern.exec(value.trim());
    if (!match) continue;
    const [year, month, day] = order.map((group) => match[group]!);
    return `${year}-${month!.padStart(2, '0')}-${day!.padStart(2, '0')}`;
  }
  return undefined;
}

/**
 * Schema for a calendar date in front matter. Gives one message per mistake: a day in
 * another form is named with the same day written as it must be, and a day that is not in
 * the calendar (31 February, year 10000) is named as such.
 */
export const isoDateSchema = z
  .string({ error: 'очаква се дата във вида ГГГГ-ММ-ДД' })
  .trim()
  .superRefine((value, context) => {
    if (isCalendarDate(value)) return;
    if (ISO_DATE.test(value)) {
      context.addIssue({ code: 'custom', message: 'такъв ден няма в календара' });
      return;
    }
    const converted = toIsoDate(value);
    if (converted && isCalendarDate(converted)) {
      context.addIssue({
        code: 'custom',
        message: `датата „${value}“ трябва да е във вида ГГГГ-ММ-ДД`,
        params: { value: converted },
      });
      return;
    }
    context.addIssue({
      code: 'custom',
      message: converted ? `такъв ден няма в календара („${value}“)` : `„${value}“ не е дата във вида ГГГГ-ММ-ДД`,
    });
  });
