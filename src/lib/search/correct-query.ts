import { lettersToLoad, suggestWords } from './index-vocabulary.ts';
import { prepareQuery } from './prepare-query.ts';

/** Suggestions tried per unknown word: enough for any real typo, few enough to count quickly. */
const MOST_CANDIDATES = 20;

/** Replaces a whole word (letters and digits around it untouched) in a lower-case query. */
function replaceWord(query: string, word: string, by: string): string {
  return query.replace(new RegExp(`(?<![\\p{L}\\p{N}])${word}(?![\\p{L}\\p{N}])`, 'gu'), by);
}

/**
 * The query a reader most likely meant when `raw` finds nothing: each word that finds no
 * post on its own is replaced by the word of the index's vocabulary one edit (or a look-alike letter,
 * or a Latin reading) away from it that finds the most posts (`countPosts`). The query comes
 * back lower case; `undefined` when no word could be corrected.
 */
export async function correctQuery(
  raw: string,
  /** The words of the index starting with these letters. */
  loadVocabulary: (letters: string[]) => Promise<ReadonlySet<string>>,
  countPosts: (query: string) => Promise<number>,
): Promise<string | undefined> {
  let corrected = raw.toLowerCase().normalize('NFC').trim();
  let changed = false;
  for (const word of prepareQuery(raw).words) {
    if ((await countPosts(word)) > 0) continue;
    const candidates = suggestWords(word, await loadVocabulary(lettersToLoad(word))).slice(0, MOST_CANDIDATES);
    const counts = await Promise.all(candidates.map(countPosts));
    let best = -1;
    for (let i = 0; i < candidates.length; i++) if (counts[i]! > 0 && (best < 0 || counts[i]! > counts[best]!)) best = i;
    if (best >= 0) {
      corrected = replaceWord(corrected, word, candidates[best]!);
      changed = true;
    }
  }
  return changed ? corrected : undefined;
}
