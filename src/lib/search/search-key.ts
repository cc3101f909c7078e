import { transliterate } from '../transliterate.ts';
import { latinToCyrillic } from './latin-to-cyrillic.ts';
import { stemBulgarian } from './stem-bulgarian.ts';

const WORD = /[\p{L}\p{N}]+/gu;
const HAS_CYRILLIC = /\p{Script=Cyrillic}/u;

/** The words of a text, in order, lower case. Hyphens and punctuation separate words. */
export function tokenize(text: string): string[] {
  return (text.toLowerCase().normalize('NFC').match(WORD) ?? []).filter(Boolean);
}

const VOWELS = new Set('аеиоуъюяь');

/**
 * Savoy's light stemmer leaves some forms of one word apart; a search key only has to
 * agree across forms, not be a word, so fold the two cases that matter most here:
 * „-ери" plurals become „-яр" (клъстери → клъстяр, клъстер → клъстер), and one form
 * keeps a final vowel another drops (конференции → конференци, конференция → конференц).
 */
function foldStem(stem: string): string {
  let folded = stem.replace(/я(?=[^аеиоуъюяь]$)/u, 'е');
  const last = folded.at(-1);
  if (folded.length > 4 && last !== undefined && VOWELS.has(last)) {
    folded = folded.slice(0, -1);
    // The stemmer's own „-ен" → „-н" step, for the form that reached it only now
    // (споразумение → споразумен, споразумения → споразумн).
    if (folded.length > 4 && folded.endsWith('ен')) folded = `${folded.slice(0, -2)}н`;
  }
  return folded;
}

/**
 * The form a word is indexed and searched under: Latin spellings read as Bulgarian,
 * stemmed in Cyrillic, then written in the official Latin transliteration. Writing the
 * key in Latin folds exactly the letters a Latin query cannot tell apart (ъ/а, щ/шт,
 * й/ь), so „balgaria", „България" and „българските" meet on one key. Digits stay digits.
 */
export function toSearchKey(word: string): string {
  let key = knownKeys.get(word);
  if (key === undefined) {
    // Bounded: a build meets tens of thousands of distinct words, not millions.
    if (knownKeys.size >= KNOWN_KEYS_LIMIT) knownKeys.clear();
    key = makeSearchKey(word);
    knownKeys.set(word, key);
  }
  return key;
}

/**
 * Keys of words already seen. News repeat their words: at 10,000 posts stemming every
 * word afresh would cost every post's every word; most words are seen before.
 */
const knownKeys = new Map<string, string>();
const KNOWN_KEYS_LIMIT = 200_000;

function makeSearchKey(word: string): string {
  const lower = word.toLowerCase();
  if (/^\d+$/.test(lower)) return lower;
  const cyrillic = HAS_CYRILLIC.test(lower) ? lower : latinToCyrillic(lower);
  return transliterate(foldStem(stemBulgarian(cyrillic))).toLowerCase();
}
