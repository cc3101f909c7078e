import { createHash } from 'node:crypto';
import { rm, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { CacheFolder } from '../../src/node/cached-file.ts';
import { mapConcurrently } from '../../src/lib/map-concurrently.ts';

/** Files written at once. */
const WRITE_CONCURRENCY = 32;

/** The byte count a file's name ends with (`<hash>-<bytes><extension>`), to tell a file cut short from a whole one. */
const BYTES_IN_NAME = /-(\d+)\.[^.]+$/;

/** Whether `file` holds as many bytes as its name says: a file cut short by a broken cache restore is written again. */
async function hasItsSize(file: string): Promise<boolean> {
  const bytes = BYTES_IN_NAME.exec(file)?.[1];
  return bytes !== undefined && (await stat(file).then((stats) => stats.size, () => -1)) === Number(bytes);
}

/**
 * Puts texts (calendars) into the folder `dir` as files named by a hash of their content
 * and their size, and removes every other file there, so the folder can be kept from one
 * build to the next and only changed texts are written. Resolves to each text's file, in
 * the order given.
 * The build hard-links these files into the site like the cards: the process that waits
 * for Astro then holds paths, not 10,000 calendars (they grew it by 110 MB at the build's
 * moment of peak memory).
 */
export async function cacheTexts(texts: readonly { path: string; text: string }[], dir: string, extension: string): Promise<{ path: string; cached: string }[]> {
  const folder = await CacheFolder.open(dir, { isComplete: hasItsSize });
  const files = await mapConcurrently(texts, WRITE_CONCURRENCY, async ({ path, text }) => ({
    path,
    cached: await folder.ensure(`${createHash('sha256').update(text).digest('base64url').slice(0, 24)}-${Buffer.byteLength(text)}${extension}`, () => text),
  }));
  const kept = new Set(files.map((file) => file.cached));
  await mapConcurrently(folder.found.filter((name) => !kept.has(join(dir, name))), WRITE_CONCURRENCY, (name) => rm(join(dir, name), { force: true }));
  return files;
}
