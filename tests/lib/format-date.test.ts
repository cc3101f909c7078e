import { describe, expect, it } from 'vitest';
import { formatDate, formatDateRange, yearOf } from '../../src/lib/format-date.ts';

describe('formatDate', () => {
  it.each([
    ['2022-09-14', '14 септември 2022 г.'],
    ['2012-10-10', '10 октомври 2012 г.'],
    ['2024-03-01', '1 март 2024 г.'],
    ['2019-01-31', '31 януари 2019 г.'],
  ])('writes %s as „%s"', (iso, text) => {
    expect(formatDate(iso)).toBe(text);
  });
});

describe('formatDateRange', () => {
  it('writes a one-day event as a single date', () => {
    expect(formatDateRange('2024-03-19')).toBe('19 март 2024 г.');
    expect(formatDateRange('2024-03-19', '2024-03-19')).toBe('19 март 2024 г.');
  });

  it('names month and year once within a month', () => {
    expect(formatDateRange('2019-06-05', '2019-06-07')).toBe('5–7 юни 2019 г.');
  });

  it('names the year once within a year', () => {
    expect(formatDateRange('2019-05-30', '2019-06-02')).toBe('30 май – 2 юни 2019 г.');
  });

  it('writes both dates in full across years', () => {
    expect(formatDateRange('2019-12-30', '2020-01-02')).toBe(
      '30 декември 2019 г. – 2 януари 2020 г.',
    );
  });
});

describe('yearOf', () => {
  it('reads the year of a date', () => {
    expect(yearOf('2017-11-09')).toBe(2017);
  });
});
