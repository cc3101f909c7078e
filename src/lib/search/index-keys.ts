import { isStopword } from './stopwords.ts';
import { toSearchKey, tokenize } from './search-key.ts';

/**
 * Whether a language's pages give Pagefind the site's own search keys: Bulgarian, which
 * Pagefind cannot stem (with them come typo correction and its vocabulary). Every other
 * language gives its words as they are, and Pagefind stems them itself.
 */
export const hasOwnSearchKeys = (language: string) => language === 'bg';

/**
 * Marks the start of the search keys in a page's indexed text. The search page cuts
 * the text there, so keys never show in an excerpt.
 */
export const SEARCH_KEYS_MARKER = '⁂';

/**
 * The search key of every word of some texts, in order and with repeats, so Pagefind
 * still sees how often a word occurs when it ranks pages.
 */
export function makeIndexKeys(texts: readonly string[]): string {
  const keys: string[] = [];
  for (const text of texts) {
    for (const word of tokenize(text)) {
      if (!isStopword(word)) keys.push(toSearchKey(word));
    }
  }
  return keys.join(' ');
}

/** Search keys made apart, as one text: `joinIndexKeys(makeIndexKeys(a), makeIndexKeys(b))` is `makeIndexKeys([...a, ...b])`. */
export function joinIndexKeys(...keys: readonly (string | undefined)[]): string {
  return keys.filter(Boolean).join(' ');
}
