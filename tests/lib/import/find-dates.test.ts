import { describe, expect, it } from 'vitest';
import { findDates, findYear } from '../../../src/lib/import/find-dates.ts';

describe('findDates', () => {
  it.each([
    ['На 14.09.2022 г. в гр. Солун', '2022-09-14', undefined],
    ['в Брюксел на 10.10.2012г. в рамките', '2012-10-10', undefined],
    ['На 19 март 2024 г. в Антверпен', '2024-03-19', undefined],
    ['На 5-7 юни представителят', '2019-06-05', '2019-06-07'],
    ['се проведе на 8-9 ноември 2017г. във Валенсия', '2017-11-08', '2017-11-09'],
    ['ще се проведе от 7 до 9 ноември 2023 г. в Пловдив', '2023-11-07', '2023-11-09'],
    ['на 28 и 29 март 2018 г.', '2018-03-28', '2018-03-29'],
    ['от 30 май до 2 юни 2021 г.', '2021-05-30', '2021-06-02'],
    ['между 3–5 октомври 2016 г.', '2016-10-03', '2016-10-05'],
  ])('reads „%s"', (text, start, end) => {
    const [found] = findDates(text, 2019);
    expect(found?.start).toBe(start);
    expect(found?.end).toBe(end);
  });

  it('takes a missing year from elsewhere in the text', () => {
    const text = 'На 5-7 юни ... (EU-Canada Cluster Matchmaking Event 2019) ... октомври 2016 г.';
    expect(findYear(text)).toBe(2019);
    expect(findDates(text, findYear(text))[0]).toMatchObject({ start: '2019-06-05', end: '2019-06-07' });
  });

  it('skips impossible days instead of rolling them over', () => {
    expect(findDates('на 31 февруари 2020 г. и на 30.02.2021 г.')).toEqual([]);
  });

  it('reads nothing without a year anywhere', () => {
    expect(findDates('На 5-7 юни')).toEqual([]);
  });

  it('lists dates in the order the text gives them', () => {
    const found = findDates('Подписано през 1 октомври 2016 г., в сила от 21.09.2017 г.');
    expect(found.map((d) => d.start)).toEqual(['2016-10-01', '2017-09-21']);
  });
});
