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
