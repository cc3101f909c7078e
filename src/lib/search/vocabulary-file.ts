/**
 * A shard's vocabulary in its Pagefind bundle: the words its index can find, which the
 * search page loads only when a query finds nothing, to answer a typo with the word meant.
 * One file per first letter, so a typo costs the reader the words of its letter alone, not
 * the archive's: a first letter is the one readers rarely mistype, and a look-alike first
 * letter („Cолун" with a Latin C) is folded before its file is chosen.
 */
export const VOCABULARY_DIR = 'words';

/** The first letters of a shard's words, as the manifest lists them (see `ShardManifest`). */
export const firstLetter = (word: string) => [...word][0] ?? '';

/** The file of the words starting with `letter`, relative to a shard's folder: its code point in hex, so any host serves it. */
export function vocabularyFile(letter: string): string {
  return `${VOCABULARY_DIR}/${letter.codePointAt(0)!.toString(16).padStart(4, '0')}.txt`;
}

/**
 * A shard's vocabulary as its files hold it, by first letter: one word a line, in code
 * point order (which compresses best).
 */
export function splitVocabulary(words: Iterable<string>): Map<string, string> {
  const byLetter = new Map<string, string[]>();
  for (const word of new Set(words)) {
    const letter = firstLetter(word);
    const list = byLetter.get(letter);
    if (list) list.push(word);
    else byLetter.set(letter, [word]);
  }
  return new Map([...byLetter].sort(([a], [b]) => (a < b ? -1 : 1)).map(([letter, list]) => [letter, list.sort().join('\n')]));
}

export function parseVocabulary(text: string): string[] {
  return text.split('\n').filter(Boolean);
}
