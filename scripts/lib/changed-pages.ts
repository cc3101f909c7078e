/**
 * Which pages a build changed, so `npm run verify -- --changed` can check the links and HTML
 * of those alone: after an edit of one post at 10,000 posts that is a few dozen pages (the
 * post, its neighbours, lists, related posts), not 13,000. A build records a hash of every page
 * in the build cache (kept between CI runs with Astro's), and the pages whose hash is new.
 */
import { createHash } from 'node:crypto';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { mapConcurrently } from '../../src/lib/map-concurrently.ts';

/** What the last successful build recorded. */
export interface ChangedPages {
  /** The site's folder, so a record is used only for the site it describes. */
  site: string;
  /** Every page of the site by a hash of its bytes. */
  hashes: Record<string, string>;
  /** Pages new or different since the build before; every page when there was none. */
  changed: string[];
}

const READ_CONCURRENCY = 32;

/** A hash of each page of `dir`. */
export async function hashPages(dir: string, pages: readonly string[]): Promise<Record<string, string>> {
  const hashes = await mapConcurrently(pages, READ_CONCURRENCY, async (page) => createHash('sha1').update(await readFile(join(dir, page))).digest('base64url'));
  return Object.fromEntries(pages.map((page, index) => [page, hashes[index]!]));
}

/** The record kept in `file`, or undefined when there is none or it is damaged (then every page counts as changed). */
export async function readChangedPages(file: string): Promise<ChangedPages | undefined> {
  const record = await readFile(file, 'utf8')
    .then((text) => JSON.parse(text) as ChangedPages)
    .catch(() => undefined);
  return record && typeof record.hashes === 'object' && Array.isArray(record.changed) ? record : undefined;
}

/** Records the pages of a build against the last record: what changed, and the hashes for the next build. */
export async function recordChangedPages(file: string, site: string, hashes: Record<string, string>): Promise<ChangedPages> {
  const previous = await readChangedPages(file);
  const before = previous?.hashes ?? {};
  const changed = Object.keys(hashes).filter((page) => before[page] !== hashes[page]);
  const record = { site, hashes, changed };
  await mkdir(dirname(file), { recursive: true });
  await writeFile(file, JSON.stringify(record));
  return record;
}
