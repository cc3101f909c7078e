/**
 * A shard's vocabulary in its Pagefind bundle: the words its index can find, which the
 * search page loads only when a query finds nothing, to answer a typo with the word meant.
 */
export const VOCABULARY_FILE = 'words.txt';

/** A shard's vocabulary as its file holds it: one word a line, in code point order (which compresses best). */
export function serializeVocabulary(words: Iterable<string>): string {
  return [...new Set(words)].sort().join('\n');
}

export function parseVocabulary(text: string): string[] {
  return text.split('\n').filter(Boolean);
}
