import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { existsSync } from 'node:fs';
import { mkdir, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { linkOrCopy } from '../link-or-copy.ts';
import { listFiles } from '../list-files.ts';
import { mapConcurrently } from '../../lib/map-concurrently.ts';
import { runWithinBudget } from '../../lib/run-within-budget.ts';
import { planShards, shardBytes, type IndexedPage, type SearchShard } from '../../lib/search/plan-shards.ts';
import type { ShardManifest } from '../../lib/search/shard-manifest.ts';
import { hasOwnSearchKeys } from '../../lib/search/index-keys.ts';
import { storeVersion } from '../stores.ts';
import { collectVocabulary, readVocabularyLetters, writeShardVocabulary } from './shard-vocabulary.ts';

/** Folder of the search index inside the built site: `shards.json` and one Pagefind bundle per shard (see `index-post-shards.ts`). */
export const PAGEFIND_DIR = 'pagefind';

/**
 * One language's search index: its post pages below `prefix` (`''` for the default
 * language, `en/` for English) and the language Pagefind indexes them in. Bulgarian pages
 * carry the site's own search keys (Pagefind has no Bulgarian stemmer) and a vocabulary for
 * typo correction; other languages are stemmed by Pagefind itself.
 */
export interface SearchEdition {
  prefix: string;
  language: string;
}


/** Post pages of an edition, relative to the site, as Astro writes them: `news/<slug>/index.html`. */
const postPagesGlob = (edition: SearchEdition) => `${edition.prefix}news/*/index.html`;

/** Whether the edition's index carries a vocabulary for typo correction (built on the site's search keys). */
const hasVocabulary = (edition: SearchEdition) => hasOwnSearchKeys(edition.language);

/** Pagefind's ready-made search interfaces; the site's search page is its own, on `pagefind.js`. */
export const UNUSED_UI = /^pagefind-(ui|component-ui|modular-ui|highlight)\./;

/** The list of shards in the built site, which the search page reads first. */
export const SHARD_MANIFEST = 'shards.json';

/**
 * Bytes of post pages (what Pagefind reads of them) per shard; shards close at the first
 * whole year past it. Pagefind's memory grows with what it reads and it cannot add to an
 * index, so one index would mean the whole archive reindexed, at its peak, for every edit;
 * smaller shards reindex less, but each costs the search page one more Pagefind bundle to
 * load. A smaller archive keeps a single index. (docs/architecture.md, "Search in shards".)
 */
const BYTES_PER_SHARD = 24 * 2 ** 20;

/**
 * Bytes of post pages Pagefind may read at once when shards are indexed side by side, each
 * in a process of its own, after Astro has exited: Pagefind holds a few dozen times what it
 * reads while it indexes, so this keeps it within about a gigabyte.
 */
const BYTES_AT_ONCE = 32 * 2 ** 20;

const READ_CONCURRENCY = 32;

/** Pagefind's entry file, which a shard's loader reads first: placed last, it marks a complete shard. */
const ENTRY_FILE = 'pagefind-entry.json';

/** Pagefind's command-line program (its npm wrapper, which finds the platform's binary). */
const PAGEFIND_CLI = join(dirname(fileURLToPath(import.meta.resolve('pagefind'))), 'runner/bin.cjs');

/**
 * Runs Pagefind's command-line program on a folder of post pages. Not the Node API: its
 * `getFiles()` hands every file over as JSON to be written here, which is slower, and its
 * `writeFiles()` answers before its last writes land, so closing Pagefind right after can
 * leave empty files. The program exits only once its files are written.
 */
async function runPagefind(folder: string, outputPath: string, edition: SearchEdition): Promise<void> {
  const args = [PAGEFIND_CLI, '--site', folder, '--glob', postPagesGlob(edition), '--force-language', edition.language, '--output-path', outputPath, '--silent'];
  const child = spawn(process.execPath, args, { stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk));
  const [code] = (await once(child, 'close')) as [number | null];
  if (code !== 0) throw new Error(`Pagefind stopped (exit code ${code})`, { cause: output.trim() });
}

/**
 * One shard indexed on its own, in a Pagefind process of its own (so no shard's memory
 * outlives it): its pages are hard-linked into a folder of the site's shape, which
 * Pagefind walks (handing it the pages' text was slower),
 * and the index is written beside the cache, renamed into place only when complete.
 * The staging folder's removal is added to `removals` rather than awaited: the next shard
 * need not wait for it.
 */
async function indexShard(site: string, shard: SearchShard, target: string, removals: Promise<unknown>[], edition: SearchEdition): Promise<void> {
  const staging = `${target}.staging-${process.pid}`;
  const partial = `${target}.partial-${process.pid}`;
  try {
    await mapConcurrently(shard.pages, READ_CONCURRENCY, async (page) => {
      await mkdir(dirname(join(staging, page.path)), { recursive: true });
      await linkOrCopy(join(site, page.path), join(staging, page.path));
    });
    const [, vocabulary] = await Promise.all([
      runPagefind(staging, partial, edition),
      hasVocabulary(edition) ? collectVocabulary(site, shard.pages.map((page) => page.path)) : [],
    ]);
    await writeShardVocabulary(partial, vocabulary);
    for (const name of await readdir(partial)) {
      if (UNUSED_UI.test(name)) await rm(join(partial, name));
    }
    const indexed = await countPagesOf(partial);
    if (indexed !== shard.pages.length) throw new Error(`Pagefind indexed ${indexed} of the shard's ${shard.pages.length} pages`);
    await rm(target, { recursive: true, force: true });
    await rename(partial, target);
  } finally {
    removals.push(rm(staging, { recursive: true, force: true }), rm(partial, { recursive: true, force: true }));
  }
}

/** Links a cached shard into the site (a new folder every build; see `scripts/build.ts`). */
async function placeShard(cached: string, target: string): Promise<void> {
  const files = (await listFiles(cached)).filter((file) => file !== ENTRY_FILE);
  for (const folder of new Set(files.map((file) => dirname(join(target, file))))) await mkdir(folder, { recursive: true });
  await mapConcurrently(files, READ_CONCURRENCY, (file) => linkOrCopy(join(cached, file), join(target, file)));
  await linkOrCopy(join(cached, ENTRY_FILE), join(target, ENTRY_FILE));
}

export interface ShardedIndex {
  pages: number;
  shards: number;
  /** Shards indexed in this build; the others came from the cache. */
  indexed: number;
}

/** One language's index to build: its edition, its post pages and where its shards are cached. */
export interface EditionToIndex {
  edition: SearchEdition;
  /** Folder where this edition's shards are kept between builds. */
  cacheDir: string;
  /** The post pages of this build, relative to the site. */
  postPages: readonly string[];
  /** What those with text for the index give it (`describePostPage`; the build reads them once, see `scripts/lib/changed-pages.ts`). */
  described: readonly IndexedPage[];
}

/**
 * Builds the search index of the built site's post pages, for each language, as shards of
 * whole years (see `planShards`) into `<site>/<prefix>pagefind/<shard id>/`, with
 * `shards.json` listing them newest first. A shard whose pages Pagefind would read
 * identically is taken from its `cacheDir`, where every shard is kept between builds;
 * shards of older builds are removed from both. The shards of every language wait in one
 * queue under one memory budget, so a small English shard indexes beside a Bulgarian one
 * on the second core instead of after it.
 */
export async function indexEditions(site: string, editions: readonly EditionToIndex[], options: { bytesPerShard?: number } = {}): Promise<ShardedIndex[]> {
  const planned = await Promise.all(
    editions.map(async ({ edition, cacheDir, postPages, described: pages }) => {
      // The default language's index holds every post; another's may hold none yet (nothing translated).
      if (!postPages.length && !edition.prefix) throw new Error('the site has no post pages to index');
      // In another language, a post not translated into it has a page but no text of that
      // language to search; in the default one, a page without its article is a broken page.
      if (!edition.prefix && pages.length !== postPages.length) {
        const found = new Set(pages.map((page) => page.path));
        throw new Error(`${postPages.find((path) => !found.has(path))}: no data-pagefind-body article with a date sort key`);
      }
      // A shard's id covers its pages, its language and the code and Pagefind that index them.
      const shards = planShards(pages, options.bytesPerShard ?? BYTES_PER_SHARD, `${storeVersion('searchShards')}-${edition.language}`);
      const missing = shards.filter((shard) => !existsSync(join(cacheDir, shard.id, ENTRY_FILE)));
      return { edition, cacheDir, pages, shards, missing };
    }),
  );
  const removals: Promise<unknown>[] = [];
  try {
    const queue = planned.flatMap(({ edition, cacheDir, missing }) => missing.map((shard) => ({ edition, cacheDir, shard })));
    // Every shard that started ends before the build goes on (and, on a failure, cleans up):
    // the first failure is kept, and no further shard starts.
    const failures: unknown[] = [];
    await runWithinBudget(queue, { weight: ({ shard }) => shardBytes(shard), budget: BYTES_AT_ONCE, limit: availableParallelism() }, async ({ edition, cacheDir, shard }) => {
      if (failures.length) return;
      await indexShard(site, shard, join(cacheDir, shard.id), removals, edition).catch((error: unknown) => failures.push(error));
    });
    if (failures.length) throw failures[0];
    for (const { edition, cacheDir, shards } of planned) await publishShards(site, edition, cacheDir, shards);
  } finally {
    await Promise.all(removals);
  }
  return planned.map(({ pages, shards, missing }) => ({ pages: pages.length, shards: shards.length, indexed: missing.length }));
}

/** Puts one edition's shards, indexed or cached, into the site with their manifest, and drops older shards. */
async function publishShards(site: string, edition: SearchEdition, cacheDir: string, shards: readonly SearchShard[]): Promise<void> {
  const output = join(site, edition.prefix, PAGEFIND_DIR);
  await mkdir(output, { recursive: true });
  for (const shard of shards) await placeShard(join(cacheDir, shard.id), join(output, shard.id));
  const manifest: ShardManifest = {
    shards: await Promise.all(
      shards.map(async (shard) => ({
        path: `${shard.id}/`,
        from: shard.from,
        to: shard.to,
        pages: shard.pages.length,
        letters: await readVocabularyLetters(join(output, shard.id)),
      })),
    ),
  };
  await writeFile(join(output, SHARD_MANIFEST), JSON.stringify(manifest));
  const current = new Set(shards.map((shard) => shard.id));
  for (const name of await readdir(output)) {
    if (!current.has(name) && name !== SHARD_MANIFEST) await rm(join(output, name), { recursive: true, force: true });
  }
  const cached = await readdir(cacheDir).catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT') return [];
    throw error;
  });
  for (const name of cached) {
    // This build's staging folders are being removed already; those of a stopped build go here.
    if (!current.has(name) && !name.endsWith(`.staging-${process.pid}`)) await rm(join(cacheDir, name), { recursive: true, force: true });
  }
}

/** The built site's list of search index shards (`pagefind/shards.json`). */
export async function readShardManifest(site: string, prefix = ''): Promise<ShardManifest> {
  return JSON.parse(await readFile(join(site, prefix, PAGEFIND_DIR, SHARD_MANIFEST), 'utf8')) as ShardManifest;
}

/**
 * How many pages the built site's search index holds, counted by Pagefind itself in each
 * shard's `pagefind-entry.json`; throws when a shard of the manifest is missing.
 */
export async function countIndexedPages(site: string, prefix = ''): Promise<number> {
  const output = join(site, prefix, PAGEFIND_DIR);
  const manifest = await readShardManifest(site, prefix);
  let pages = 0;
  for (const shard of manifest.shards) pages += await countPagesOf(join(output, shard.path));
  return pages;
}

/** The pages of one Pagefind bundle, as its `pagefind-entry.json` counts them. */
async function countPagesOf(bundle: string): Promise<number> {
  const entry = JSON.parse(await readFile(join(bundle, ENTRY_FILE), 'utf8')) as { languages: Record<string, { page_count: number }> };
  return Object.values(entry.languages).reduce((sum, language) => sum + language.page_count, 0);
}
