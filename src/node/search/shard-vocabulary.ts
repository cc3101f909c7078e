import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { decodeHTML } from 'entities';
import { mapConcurrently } from '../../lib/map-concurrently.ts';
import { findIndexedWords } from '../../lib/search/index-vocabulary.ts';
import { serializeVocabulary, VOCABULARY_FILE } from '../../lib/search/vocabulary-file.ts';

const READ_CONCURRENCY = 32;

/** The part of a post page Pagefind reads (see `describeIndexedPage`), as text. */
function readIndexedText(html: string): string {
  const start = html.indexOf('data-pagefind-body');
  if (start < 0) return '';
  const end = html.indexOf('</article>', start);
  const part = html.slice(html.indexOf('>', start) + 1, end < 0 ? undefined : end);
  // Every tag a space (Astro's markup is well formed). A word cut by a tag, as emphasis inside a
  // word would, gives halves whose keys the index lacks, so they stay out of the vocabulary.
  return decodeHTML(part.replace(/<[^>]*>/g, ' '));
}

/** The vocabulary of the post pages `paths` (relative to `site`), for `writeShardVocabulary`. */
export async function collectVocabulary(site: string, paths: readonly string[]): Promise<Set<string>> {
  const words = new Set<string>();
  await mapConcurrently(paths, READ_CONCURRENCY, async (path) => {
    for (const word of findIndexedWords(readIndexedText(await readFile(join(site, path), 'utf8')))) words.add(word);
  });
  return words;
}

/** Writes a vocabulary into a shard's bundle folder. */
export async function writeShardVocabulary(bundle: string, words: Iterable<string>): Promise<void> {
  await writeFile(join(bundle, VOCABULARY_FILE), serializeVocabulary(words));
}
