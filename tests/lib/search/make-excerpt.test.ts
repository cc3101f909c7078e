import { describe, expect, it } from 'vitest';
import { SEARCH_KEYS_MARKER } from '../../../src/lib/search/index-keys.ts';
import { makeExcerpt } from '../../../src/lib/search/make-excerpt.ts';
import { prepareQuery } from '../../../src/lib/search/prepare-query.ts';

const text = `Първи ред. ${'дума '.repeat(60).trim()} Канадският министър по иновациите подписа споразумение. ${'край '.repeat(60)}`;

describe('makeExcerpt', () => {
  it('marks every inflected form of the query words', () => {
    const html = makeExcerpt(text, prepareQuery('министри').keys);
    expect(html).toContain('<mark>министър</mark>');
  });

  it('marks the word Pagefind matched for a query word with a letter too many („солунн“ → „Солун“)', () => {
    const html = makeExcerpt('На 14.09.2022 г. в гр. Солун се проведе среща.', prepareQuery('солунн').keys);
    expect(html).toContain('<mark>Солун</mark>');
  });

  it('marks English words by their lower case: a longer form of the query word, and the word a longer query word begins with', () => {
    const lower = (word: string) => word.toLowerCase();
    expect(makeExcerpt('Meetings in Thessaloniki; the Conference opened.', ['meeting', 'conferences', 'thessaloniki'], { keyOf: lower })).toBe(
      '<mark>Meetings</mark> in <mark>Thessaloniki</mark>; the <mark>Conference</mark> opened.',
    );
  });

  it('shows the part of the text around the matches, with ellipses where it cuts', () => {
    const html = makeExcerpt(text, prepareQuery('споразумения').keys);
    expect(html.startsWith('… ')).toBe(true);
    expect(html.endsWith(' …')).toBe(true);
    expect(html).toContain('<mark>споразумение</mark>');
  });

  it('never shows the search keys', () => {
    const html = makeExcerpt(`Среща в Солун. ${SEARCH_KEYS_MARKER} sresht solun`, prepareQuery('солун').keys);
    expect(html).toBe('Среща в <mark>Солун</mark>.');
  });

  it('escapes the page text', () => {
    expect(makeExcerpt('a <b> & "c"', [])).toBe('a &#60;b&#62; &#38; &#34;c&#34;');
  });
});
