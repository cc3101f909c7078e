import { isStopword } from './stopwords.ts';
import { toSearchKey, tokenize } from './search-key.ts';

export interface PreparedQuery {
  /** The words the reader typed, lower case, stopwords dropped. */
  words: string[];
  /** One search key per word, as the index holds them. */
  keys: string[];
  /** What to hand to Pagefind: the keys, or `null` to browse by filters alone. */
  pagefindQuery: string | null;
}

/**
 * Turns what a reader typed into a Pagefind query over the search keys. Stopwords
 * are dropped unless the query has nothing else, so „и" still searches for „и".
 */
export function prepareQuery(raw: string): PreparedQuery {
  const all = tokenize(raw);
  const meaningful = all.filter((word) => !isStopword(word));
  const words = meaningful.length ? meaningful : all;
  const keys = [...new Set(words.map(toSearchKey))];
  return { words, keys, pagefindQuery: keys.length ? keys.join(' ') : null };
}

/** A word as the excerpts of an index Pagefind stems itself compare it (see `makeExcerpt`'s `keyOf`). */
export const lowerCase = (word: string) => word.toLocaleLowerCase();

/**
 * A query for an index of a language Pagefind stems itself (see `hasOwnSearchKeys`): the
 * words as typed for Pagefind, and in lower case as the keys its excerpts are marked by.
 */
export function prepareAsTyped(raw: string): PreparedQuery {
  const words = raw.match(/[\p{L}\p{N}]+/gu) ?? [];
  return { words, keys: [...new Set(words.map(lowerCase))], pagefindQuery: words.length ? words.join(' ') : null };
}
