import { describe, expect, it } from 'vitest';
import { keepWordsTogether, startBlock, typesetBulgarian } from '../../../src/lib/typography/bulgarian-typography.ts';

describe('typesetBulgarian', () => {
  it('closes a quote opened in an earlier piece of the same block', () => {
    const state = startBlock();
    expect(typesetBulgarian('Цитат с "', state) + typesetBulgarian('наклонен', state) + typesetBulgarian('" текст', state)).toBe('Цитат с „наклонен“ текст');
    // A piece without quotes still decides the next quote: after a space it opens, after a letter or an emoji it closes.
    const next = startBlock();
    expect(['Срещата ', '"Зелен"', ' и ', '"', 'Синергия 🌱', '"'].map((piece) => typesetBulgarian(piece, next)).join('')).toBe('Срещата „Зелен“ и „Синергия 🌱“');
  });

  it('leaves ISO dates, intra-word hyphens and a dash already right alone', () => {
    expect(typesetBulgarian('на 2022-09-14 в Еко-клъстера, а\u00A0\u2014 после')).toBe('на 2022-09-14 в Еко-клъстера, а\u00A0\u2014 после');
  });
});

describe('keepWordsTogether', () => {
  it('keeps hyphenated words and „г-н Име“ on one line', () => {
    expect(keepWordsTogether('Среща ЕС-Канада с г-н Филипов и г-жа Андонова, най-старите')).toBe(
      'Среща ЕС\u2011Канада с\u00A0г\u2011н\u00A0Филипов и\u00A0г\u2011жа\u00A0Андонова, най\u2011старите',
    );
  });

  it('keeps a one-letter word with the word after it', () => {
    expect(keepWordsTogether('развитие и интернационализацията в Солун')).toBe('развитие и\u00A0интернационализацията в\u00A0Солун');
  });

  it('leaves a hyphen between numbers or spaces as it is', () => {
    expect(keepWordsTogether('2012-2014, а - б')).toBe('2012-2014, а - б');
  });
});
