import { SEARCH_KEYS_MARKER } from './index-keys.ts';
import { toSearchKey } from './search-key.ts';

export interface ExcerptOptions {
  /** Words in the excerpt. Default 32. */
  length?: number;
  /**
   * The key a word of the text is compared by: the site's Bulgarian search key by default;
   * for a language Pagefind stems itself, the word in lower case, so „conferences" still
   * marks „conference" (the longest word the query word begins with, as Pagefind matched it).
   */
  keyOf?: (word: string) => string;
}

const PIECES = /([\p{L}\p{N}]+)|([^\p{L}\p{N}]+)/gu;

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);
}

/**
 * An HTML excerpt of a post's text (Pagefind's `text` metadata, or any text that may end in
 * the search keys) around the best cluster of matches, every
 * word that shares a key with the query wrapped in `<mark>` — so „министри" marks
 * „министър" too. Pagefind's own excerpt cannot do that and could show the key block.
 */
export function makeExcerpt(content: string, keys: readonly string[], options: ExcerptOptions = {}): string {
  const length = options.length ?? 32;
  const text = content.split(SEARCH_KEYS_MARKER)[0]?.trim() ?? '';
  const pieces = [...text.matchAll(PIECES)].map((match) => ({ text: match[0], isWord: match[1] !== undefined }));
  const words = pieces.filter((piece) => piece.isWord);
  const keyOf = options.keyOf ?? toSearchKey;
  const wordKeys = words.map((word) => keyOf(word.text));
  const matches = new Set<number>();
  for (const queryKey of keys) {
    let found = wordKeys.flatMap((key, index) => (key.startsWith(queryKey) ? [index] : []));
    if (!found.length) {
      // Pagefind answers a word it lacks with the longest indexed word the query word begins
      // with („солунн“ finds „Солун“): mark that word, as Pagefind matched it.
      const longest = Math.max(0, ...wordKeys.filter((key) => key.length >= 3 && queryKey.startsWith(key)).map((key) => key.length));
      found = longest ? wordKeys.flatMap((key, index) => (key.length === longest && queryKey.startsWith(key) ? [index] : [])) : [];
    }
    for (const index of found) matches.add(index);
  }

  let start = 0;
  let best = -1;
  for (let first = 0; first < Math.max(1, words.length - length + 1); first++) {
    let count = 0;
    for (let i = first; i < first + length; i++) if (matches.has(i)) count++;
    if (count > best) {
      best = count;
      start = first;
    }
  }
  // Open a quarter of the excerpt before the first match, so it reads in context.
  const firstMatch = [...matches].filter((i) => i >= start).sort((a, b) => a - b)[0];
  if (firstMatch !== undefined) {
    start = Math.max(0, Math.min(firstMatch - Math.floor(length / 4), words.length - length));
  }
  const end = Math.min(words.length, start + length);

  let html = '';
  let wordIndex = -1;
  for (const piece of pieces) {
    if (piece.isWord) wordIndex++;
    // A separator belongs to the excerpt when it stands between two of its words,
    // or ends the text right after the excerpt's last word (the final full stop).
    const inside = piece.isWord
      ? wordIndex >= start && wordIndex < end
      : wordIndex >= start && (wordIndex < end - 1 || end === words.length);
    if (!inside) continue;
    html += piece.isWord && matches.has(wordIndex) ? `<mark>${escapeHtml(piece.text)}</mark>` : escapeHtml(piece.text);
  }
  return `${start > 0 ? '… ' : ''}${html.trim()}${end < words.length ? ' …' : ''}`;
}
