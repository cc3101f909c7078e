import { foldLookAlikes } from './fold-look-alikes.ts';
import { SEARCH_KEYS_MARKER } from './index-keys.ts';
import { latinToCyrillic } from './latin-to-cyrillic.ts';
import { isOneEditAway } from './one-edit-away.ts';
import { toSearchKey, tokenize } from './search-key.ts';
import { isStopword } from './stopwords.ts';
import { firstLetter } from './vocabulary-file.ts';

/** Shorter words are left out: one edit turns a two-letter word into too many others. */
const SHORTEST_WORD = 3;

const DIGITS = /^\d+$/;

/**
 * The words of a post page's indexed text, as readers see them, that the search index can
 * find: each word before the page's search keys whose own key is among them. `text` is the
 * page's indexed part as text, its keys after `SEARCH_KEYS_MARKER` (see
 * `SearchIndexData.astro`). Interface words such as „Кога" are not in the keys, so not here.
 */
export function findIndexedWords(text: string): Set<string> {
  const marker = text.indexOf(SEARCH_KEYS_MARKER);
  if (marker < 0) return new Set();
  const keys = new Set(tokenize(text.slice(marker)));
  const words = new Set<string>();
  for (const word of tokenize(text.slice(0, marker))) {
    if (word.length < SHORTEST_WORD || DIGITS.test(word) || isStopword(word)) continue;
    if (keys.has(toSearchKey(word))) words.add(word);
  }
  return words;
}

/** The ways a typed word may be meant: as typed, with look-alike letters folded, and a Latin spelling read as Bulgarian. */
function readingsOf(word: string): string[] {
  const folded = foldLookAlikes(word);
  return [...new Set([word, folded, latinToCyrillic(folded)])];
}

/** The first letters of a word's readings: the vocabulary files `suggestWords` needs for it. */
export function lettersToLoad(typed: string): string[] {
  return [...new Set(readingsOf(typed.toLowerCase().normalize('NFC')).map(firstLetter))];
}

/**
 * Words of the vocabulary a reader may have meant by a word that finds nothing: the word
 * with its look-alike letters folded („cолун" with a Latin c), or its Latin spelling read
 * as Bulgarian, when the vocabulary has it; otherwise every word one edit away from any of
 * these (`isOneEditAway`), in the vocabulary's order (`correctQuery` keeps the one that
 * finds the most posts). Empty when the word is short or known.
 */
export function suggestWords(typed: string, vocabulary: ReadonlySet<string>): string[] {
  const word = typed.toLowerCase().normalize('NFC');
  if ([...word].length < SHORTEST_WORD || DIGITS.test(word) || vocabulary.has(word)) return [];
  const readings = readingsOf(word);
  const exact = readings.filter((reading) => reading !== word && vocabulary.has(reading));
  if (exact.length) return exact;
  const lengths = new Set(readings.map((reading) => [...reading].length));
  return [...vocabulary].filter((candidate) => {
    const length = [...candidate].length;
    if (!lengths.has(length) && !lengths.has(length - 1) && !lengths.has(length + 1)) return false;
    return readings.some((reading) => isOneEditAway(reading, candidate));
  });
}
