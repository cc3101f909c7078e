import { existsSync } from 'node:fs';
import { readFile, rename, writeFile } from 'node:fs/promises';
import { setTimeout as sleep } from 'node:timers/promises';
import { deserialize, serialize } from 'node:v8';
import type { ContentCheck } from './check-content.ts';
import type { SourceEntry } from './read-collection.ts';

/**
 * Set by `scripts/build.ts` for `astro build` to the file where the build's content check
 * leaves what it read: Astro's loader takes the entries from there instead of checking
 * every file a second time.
 */
export const CHECKED_CONTENT_ENV = 'CLUSTER_NEWS_CHECKED_CONTENT';

/** A checked entry as handed over: everything but the function that finds a field's line, which only a problem needs. */
export type CheckedEntry<T = unknown> = Omit<SourceEntry<T>, 'lineOf'>;

/** The entries of content that passed its check, by collection. */
export type CheckedContent = Record<'news' | 'clusters' | 'partners', CheckedEntry[]>;

const strip = ({ lineOf: _lineOf, ...entry }: SourceEntry<unknown>): CheckedEntry => entry;

/** Writes the entries of a passed check to `file`, whole or not at all (renamed into place). */
export async function writeCheckedContent(file: string, check: ContentCheck): Promise<void> {
  const content: CheckedContent = { news: check.news.map(strip), clusters: check.clusters.map(strip), partners: check.partners.map(strip) };
  await writeFile(`${file}.partial`, serialize(content));
  await rename(`${file}.partial`, file);
}

/** How long Astro's loader waits for the check beside it: far longer than checking takes, so only a stuck build ends here. */
const WAIT_MS = 10 * 60_000;

/**
 * The entries the build's content check left in `file`, once it is there. Content with
 * problems never gets here: the build stops Astro when its check fails.
 */
export async function readCheckedContent(file: string): Promise<CheckedContent> {
  for (const start = Date.now(); !existsSync(file); await sleep(25)) {
    if (Date.now() - start > WAIT_MS) throw new Error(`The content check did not hand over its entries (${file}) within ${WAIT_MS / 60_000} minutes.`);
  }
  return deserialize(await readFile(file)) as CheckedContent;
}
