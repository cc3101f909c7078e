import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { decodeHTML } from 'entities';
import { mapConcurrently } from '../../lib/map-concurrently.ts';
import { findIndexedWords } from '../../lib/search/index-vocabulary.ts';
import { findIndexedPart } from '../../lib/search/plan-shards.ts';
import { splitVocabulary, VOCABULARY_DIR, vocabularyFile } from '../../lib/search/vocabulary-file.ts';

const READ_CONCURRENCY = 32;

/** The part of a post page Pagefind reads (`findIndexedPart`), as text. */
function readIndexedText(page: Buffer): string {
  const part = findIndexedPart(page);
  if (!part) return '';
  const html = page.toString('utf8', page.indexOf('>', part.start) + 1, part.end);
  // Every tag a space (Astro's markup is well formed). A word cut by a tag, as emphasis inside a
  // word would, gives halves whose keys the index lacks, so they stay out of the vocabulary.
  return decodeHTML(html.replace(/<[^>]*>/g, ' '));
}

/** The vocabulary of the post pages `paths` (relative to `site`), for `writeShardVocabulary`. */
export async function collectVocabulary(site: string, paths: readonly string[]): Promise<Set<string>> {
  const words = new Set<string>();
  await mapConcurrently(paths, READ_CONCURRENCY, async (path) => {
    for (const word of findIndexedWords(readIndexedText(await readFile(join(site, path))))) words.add(word);
  });
  return words;
}

/** Writes a vocabulary into a shard's bundle folder, a file per first letter (see `vocabulary-file.ts`). */
export async function writeShardVocabulary(bundle: string, words: Iterable<string>): Promise<void> {
  await mkdir(join(bundle, VOCABULARY_DIR), { recursive: true });
  for (const [letter, text] of splitVocabulary(words)) await writeFile(join(bundle, vocabularyFile(letter)), text);
}

/** The first letters a shard's vocabulary has files for, as one string, for the manifest. */
export async function readVocabularyLetters(bundle: string): Promise<string> {
  // A shard without a vocabulary (an index of a language without typo correction) has no folder for it.
  const files = await readdir(join(bundle, VOCABULARY_DIR)).catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT') return [];
    throw error;
  });
  return files.map((file) => String.fromCodePoint(Number.parseInt(file, 16))).sort().join('');
}
