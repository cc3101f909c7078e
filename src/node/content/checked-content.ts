import { existsSync } from 'node:fs';
import { mkdir, open, readFile, rename } from 'node:fs/promises';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { deserialize, serialize } from 'node:v8';
import type { ContentCheck } from './check-content.ts';
import type { SourceEntry } from './read-collection.ts';

/**
 * Set by `scripts/build.ts` for `astro build` to the folder where the build's content check
 * leaves what it read: Astro's loader takes the entries from there instead of checking
 * every file a second time.
 */
export const CHECKED_CONTENT_ENV = 'CLUSTER_NEWS_CHECKED_CONTENT';

/** A checked entry as handed over: everything but the function that finds a field's line, which only a problem needs. */
export type CheckedEntry<T = unknown> = Omit<SourceEntry<T>, 'lineOf'>;

/** The entries of content that passed its check, by collection. */
export type CheckedContent = Record<'news' | 'clusters' | 'partners' | 'translations', CheckedEntry[]>;

const strip = ({ lineOf: _lineOf, ...entry }: SourceEntry<unknown>): CheckedEntry => entry;

/** The file of one collection's checked entries in the folder `dir`. */
const collectionFile = (dir: string, collection: keyof CheckedContent) => join(dir, `${collection}.v8`);

/** Entries per serialised chunk: the writer and the reader hold one chunk's copy at a time, not the archive's. */
const CHUNK = 500;

/**
 * Writes the entries of a passed check into the folder `dir`, a file per collection, each
 * whole or not at all (renamed into place): each of Astro's three loaders reads only its
 * own. A file is a run of chunks, each its byte length (4 bytes) and a v8-serialised array.
 */
export async function writeCheckedContent(dir: string, check: ContentCheck): Promise<void> {
  await mkdir(dir, { recursive: true });
  for (const collection of ['clusters', 'partners', 'translations', 'news'] as const) {
    const file = collectionFile(dir, collection);
    const handle = await open(`${file}.partial`, 'w');
    try {
      const entries = check[collection];
      for (let start = 0; start < entries.length; start += CHUNK) {
        const chunk = serialize(entries.slice(start, start + CHUNK).map(strip));
        const length = Buffer.alloc(4);
        length.writeUInt32LE(chunk.length);
        await handle.write(length);
        await handle.write(chunk);
      }
    } finally {
      await handle.close();
    }
    await rename(`${file}.partial`, file);
  }
}

/** How long Astro's loader waits for the check beside it: far longer than checking takes, so only a stuck build ends here. */
const WAIT_MS = 10 * 60_000;

/**
 * One collection's entries that the build's content check left in the folder `dir`, once
 * they are there, a chunk at a time. Content with problems never gets here: the build
 * stops Astro when its check fails.
 */
export async function* readCheckedEntries(dir: string, collection: keyof CheckedContent): AsyncGenerator<CheckedEntry> {
  const file = collectionFile(dir, collection);
  for (const start = Date.now(); !existsSync(file); await sleep(25)) {
    if (Date.now() - start > WAIT_MS) throw new Error(`The content check did not hand over its entries (${file}) within ${WAIT_MS / 60_000} minutes.`);
  }
  const bytes = await readFile(file);
  for (let offset = 0; offset < bytes.length; ) {
    const length = bytes.readUInt32LE(offset);
    yield* deserialize(bytes.subarray(offset + 4, offset + 4 + length)) as CheckedEntry[];
    offset += 4 + length;
  }
}
