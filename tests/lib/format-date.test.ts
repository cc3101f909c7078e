import { describe, expect, it } from 'vitest';
import { formatDate, formatDateRange, yearOf } from '../../src/lib/format-date.ts';

describe('formatDate', () => {
  it.each([
    ['2022-09-14', '14 септември 2022 г.', '14 September 2022'],
    ['2012-10-10', '10 октомври 2012 г.', '10 October 2012'],
    ['2024-03-01', '1 март 2024 г.', '1 March 2024'],
    ['2019-01-31', '31 януари 2019 г.', '31 January 2019'],
  ])('writes %s as „%s" and "%s"', (iso, bulgarian, english) => {
    expect(formatDate(iso, 'bg')).toBe(bulgarian);
    expect(formatDate(iso, 'en-GB')).toBe(english);
  });
});

describe('formatDateRange', () => {
  it('writes a one-day event as a single date', () => {
    expect(formatDateRange('2024-03-19', undefined, 'bg')).toBe('19 март 2024 г.');
    expect(formatDateRange('2024-03-19', '2024-03-19', 'bg')).toBe('19 март 2024 г.');
  });

  it('names month and year once within a month, with an unspaced dash', () => {
    expect(formatDateRange('2019-06-05', '2019-06-07', 'bg')).toBe('5–7 юни 2019 г.');
    expect(formatDateRange('2019-06-05', '2019-06-07', 'en-GB')).toBe('5–7 June 2019');
  });

  it('names the year once within a year', () => {
    expect(formatDateRange('2019-05-30', '2019-06-02', 'bg')).toBe('30 май – 2 юни 2019 г.');
    expect(formatDateRange('2019-05-30', '2019-06-02', 'en-GB')).toBe('30 May – 2 June 2019');
  });

  it('writes both dates in full across years', () => {
    expect(formatDateRange('2019-12-30', '2020-01-02', 'bg')).toBe('30 декември 2019 г. – 2 януари 2020 г.');
    expect(formatDateRange('2019-12-30', '2020-01-02', 'en-GB')).toBe('30 December 2019 – 2 January 2020');
  });
});

describe('yearOf', () => {
  it('reads the year of a date', () => {
    expect(yearOf('2017-11-09')).toBe(2017);
  });
});
