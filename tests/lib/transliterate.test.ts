import { describe, expect, it } from 'vitest';
import { transliterate } from '../../src/lib/transliterate.ts';

describe('transliterate', () => {
  it.each([
    ['Солун', 'Solun'],
    ['Щастие', 'Shtastie'],
    ['Жълт', 'Zhalt'],
    ['Цветан Чобанов', 'Tsvetan Chobanov'],
    ['Юрий Янков', 'Yuriy Yankov'],
    ['Хасково', 'Haskovo'],
    ['Пьотр', 'Pyotr'],
    ['ЩИТ', 'SHTIT'],
    ['ЖЕЛЯЗКОВ', 'ZHELYAZKOV'],
  ])('writes %s as %s by the 2009 system', (cyrillic, latin) => {
    expect(transliterate(cyrillic)).toBe(latin);
  });

  it.each([
    ['България', 'Bulgaria'],
    ['София', 'Sofia'],
    ['Мария', 'Maria'],
    ['ИЯ', 'IA'],
  ])('applies the word-final „ия" exception: %s → %s', (cyrillic, latin) => {
    expect(transliterate(cyrillic)).toBe(latin);
  });

  it('keeps „ия" inside a word as „iya"', () => {
    expect(transliterate('Илиянa'.replace('a', 'а'))).toBe('Iliyana');
  });

  it('leaves Latin letters, digits and punctuation alone', () => {
    expect(transliterate('CHORUS 2022 – ЕС')).toBe('CHORUS 2022 – ES');
  });
});
