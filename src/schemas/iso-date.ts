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

/** Schema for a calendar date in front matter; rejects impossible days such as 31 February. */
export const isoDateSchema = z
  .string({ error: 'очаква се дата във вида ГГГГ-ММ-ДД' })
  .trim()
  .regex(ISO_DATE, { error: 'датата не е във вида ГГГГ-ММ-ДД' })
  .refine(isCalendarDate, { error: 'такъв ден няма в календара' });
