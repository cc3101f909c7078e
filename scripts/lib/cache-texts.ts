import { createHash } from 'node:crypto';
import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import { CacheFolder } from '../../src/node/cached-file.ts';
import { mapConcurrently } from '../../src/lib/map-concurrently.ts';

/** Files written at once. */
const WRITE_CONCURRENCY = 32;

/**
 * Puts texts (calendars) into the folder `dir` as files named by a hash of their content,
 * and removes every other file there. Resolves to each text's file, in the order given.
 * The build hard-links these files into the site like the cards: the process that waits
 * for Astro then holds paths, not 10,000 calendars (they grew it by 110 MB at the build's
 * moment of peak memory).
 */
export async function cacheTexts(texts: readonly { path: string; text: string }[], dir: string, extension: string): Promise<{ path: string; cached: string }[]> {
  const folder = await CacheFolder.open(dir);
  const files = await mapConcurrently(texts, WRITE_CONCURRENCY, async ({ path, text }) => ({
    path,
    cached: await folder.ensure(`${createHash('sha256').update(text).digest('base64url').slice(0, 24)}${extension}`, () => text),
  }));
  const kept = new Set(files.map((file) => file.cached));
  await mapConcurrently(folder.found.filter((name) => !kept.has(join(dir, name))), WRITE_CONCURRENCY, (name) => rm(join(dir, name), { force: true }));
  return files;
}
