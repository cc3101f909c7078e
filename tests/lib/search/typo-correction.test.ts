import { describe, expect, it } from 'vitest';
import { correctQuery } from '../../../src/lib/search/correct-query.ts';
import { foldLookAlikes } from '../../../src/lib/search/fold-look-alikes.ts';
import { findIndexedWords, lettersToLoad, suggestWords } from '../../../src/lib/search/index-vocabulary.ts';
import { parseVocabulary, splitVocabulary, vocabularyFile } from '../../../src/lib/search/vocabulary-file.ts';
import { makeIndexKeys, SEARCH_KEYS_MARKER } from '../../../src/lib/search/index-keys.ts';
import { isOneEditAway } from '../../../src/lib/search/one-edit-away.ts';

describe('one edit away', () => {
  it.each([
    ['солон', 'солун', 'a letter replaced'],
    ['филипв', 'филипов', 'a letter left out'],
    ['солунн', 'солун', 'a letter too many'],
    ['солну', 'солун', 'two neighbours swapped'],
    ['ас', 'са', 'a two-letter swap'],
    ['aab', 'ab', 'a doubled letter'],
  ])('„%s“ → „%s“ (%s)', (a, b) => {
    expect(isOneEditAway(a, b)).toBe(true);
    expect(isOneEditAway(b, a)).toBe(true);
  });

  it.each([
    ['солун', 'солун', 'the same word'],
    ['слоун', 'солну', 'two edits'],
    ['сол', 'солун', 'two letters missing'],
    ['абвг', 'бавгд', 'a swap and a letter more'],
    ['солун', 'нулос', 'the word backwards'],
  ])('not „%s“ → „%s“ (%s)', (a, b) => {
    expect(isOneEditAway(a, b)).toBe(false);
  });
});

describe('look-alike letters', () => {
  it('writes a mixed word in the script most of it is in', () => {
    expect(foldLookAlikes('cолун')).toBe('солун');
    expect(foldLookAlikes('interrеg')).toBe('interreg');
  });

  it('leaves words of one script alone', () => {
    expect(foldLookAlikes('солун')).toBe('солун');
    expect(foldLookAlikes('chorus')).toBe('chorus');
  });
});

/** A page's indexed text as `SearchIndexData.astro` lays it out: the visible words, then their keys. */
const indexedText = (visible: string, indexed = visible) => `${visible} Кога Къде ${SEARCH_KEYS_MARKER} ${makeIndexKeys([indexed])}`;

describe('a shard’s vocabulary', () => {
  it('holds the words readers see whose keys the index holds, and no interface words', () => {
    const words = findIndexedWords(indexedText('Среща в Солун с г-н Димитър Филипов през 2022 г.'));
    expect([...words].sort()).toEqual(['димитър', 'солун', 'среща', 'филипов']);
  });

  it('leaves out words whose keys the page does not index', () => {
    expect([...findIndexedWords(indexedText('Среща в Солун', 'Среща'))]).toEqual(['среща']);
  });

  it('is written one file per first letter, each in order, and read back whole', () => {
    const words = ['солун', 'среща', 'антверпен', 'chorus', 'солун'];
    const files = splitVocabulary(words);
    expect([...files.keys()]).toEqual(['c', 'а', 'с']);
    expect(files.get('с')).toBe('солун\nсреща');
    expect(new Set([...files.values()].flatMap(parseVocabulary))).toEqual(new Set(words));
    expect(vocabularyFile('с')).toBe('words/0441.txt');
  });

  it('needs the files of the letters a word may start with', () => {
    expect(lettersToLoad('Солон')).toEqual(['с']);
    expect(lettersToLoad('Cолун')).toEqual(['c', 'с']);
    expect(lettersToLoad('solon')).toEqual(['s', 'с']);
  });
});

const VOCABULARY = new Set(['солун', 'солта', 'филипов', 'торонто', 'антверпен', 'interreg', 'среща', 'срещата']);

describe('suggestions for a word that finds nothing', () => {
  it.each([
    ['Солон', ['солун']],
    ['филипв', ['филипов']],
    ['Cолун', ['солун']],
    ['solon', ['солун']],
    ['toronot', ['торонто']],
    ['торонот', ['торонто']],
    ['interrеg', ['interreg']],
  ])('„%s“ → %j', (typed, expected) => {
    expect(suggestWords(typed, VOCABULARY)).toEqual(expected);
  });

  it('offers nothing for a known word, a short word or a number', () => {
    expect(suggestWords('солун', VOCABULARY)).toEqual([]);
    expect(suggestWords('со', VOCABULARY)).toEqual([]);
    expect(suggestWords('2023', VOCABULARY)).toEqual([]);
  });
});

describe('correcting a query', () => {
  const posts: Record<string, number> = { солун: 2, среща: 4, срещата: 1, торонто: 1 };
  const countPosts = async (query: string) => posts[query] ?? 0;

  it('replaces only the words that find nothing, keeping the rest of the query', async () => {
    expect(await correctQuery('Среща в Солон', async () => VOCABULARY, countPosts)).toBe('среща в солун');
  });

  it('picks the suggestion that finds the most posts', async () => {
    // „сряща“ is one edit from „среща“ (4 posts) only; „срещат“ from both „среща“ and „срещата“.
    expect(await correctQuery('срещат', async () => VOCABULARY, countPosts)).toBe('среща');
  });

  it('gives up when no word can be corrected', async () => {
    expect(await correctQuery('Солун', async () => VOCABULARY, countPosts)).toBeUndefined();
    expect(await correctQuery('xyzzy', async () => VOCABULARY, countPosts)).toBeUndefined();
  });
});
