/**
 * The production build (`npm run build`): `astro build` while the content is checked
 * and the social cards drawn on the other core (`lib/post-files.ts`) and put into the
 * site, then the search index. The cards and calendars are not Astro routes: at
 * 10,000 posts they were 20,000 of the build's 33,400 routes, and Astro spends about a
 * millisecond even on restoring an unchanged route from its cache. When the site folder
 * is what the last build left, the build goes over it and removes at the end what it no
 * longer has (`lib/kept-site.ts`). With BENCH_TIMINGS set, prints the steps' times as a
 * `BENCH_TIMINGS` JSON line for `npm run bench`.
 * Usage: npm run build
 */
import { spawn } from 'node:child_process';
import { tmpdir } from 'node:os';
import { once } from 'node:events';
import { readdir, readFile, rename, rm } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import { ASTRO_CACHE, CARD_CACHE, KEEP_SITE_ENV, PAGE_LIST_ENV, PLACED_POST_FILES, SEARCH_CACHE, SITE_STAMP } from '../src/data/build-caches.ts';
import { describePostPages, indexPostShards, SHARD_MANIFEST } from '../src/integrations/index-post-shards.ts';
import { PAGES_WRITTEN } from '../src/integrations/page-list.ts';
import { PAGEFIND_DIR } from '../src/integrations/index-site.ts';
import { isPostPageFile } from '../src/lib/paths.ts';
import type { IndexedPage } from '../src/lib/search/plan-shards.ts';
import { chooseAstroHeapMb, ranOutOfHeap } from './lib/astro-heap.ts';
import { canBuildOver, forgetSite, pruneSite, stampSite, wroteSince, type KeptSiteOptions } from './lib/kept-site.ts';
import { preparePostFiles, writePostFiles } from './lib/post-files.ts';

const projectRoot = process.cwd();
const site = resolve(projectRoot, process.env.ASTRO_OUT_DIR ?? 'dist');
const started = performance.now();
const startedAt = Date.now();
const timings: Record<string, number> = {};
const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;

const keptSite: KeptSiteOptions = {
  stampFile: SITE_STAMP,
  lastFile: `${PAGEFIND_DIR}/${SHARD_MANIFEST}`,
  astroRecord: join(ASTRO_CACHE, 'incremental-build.json'),
};
// The stamp goes until this build is complete: if it stops half-way, the next starts afresh.
const buildOver = await canBuildOver(site, keptSite);
await forgetSite(keptSite);

/**
 * A site that cannot be built over, moved aside before Astro starts. Astro empties its
 * output folder file by file on its main thread (6 s of a warm 10,000-post build, CPU
 * profile); renamed, the old site is deleted in the background once the new one is built, or put
 * back if the build fails, so a failed build never leaves less than there was.
 */
async function setOldSiteAside() {
  const prefix = `${basename(site)}.stale-`;
  // Left by an interrupted build; whatever they held is older than the site.
  for (const name of await readdir(dirname(site)).catch(() => [] as string[])) {
    if (name.startsWith(prefix)) void rm(join(dirname(site), name), { recursive: true, force: true });
  }
  const aside = join(dirname(site), `${prefix}${process.pid}`);
  // No site yet, or one that cannot be moved (a mount point): Astro empties it as usual.
  const oldSiteWas = await rename(site, aside).then(
    () => 'moved' as const,
    (error: NodeJS.ErrnoException) => (error.code === 'ENOENT' ? ('none' as const) : ('kept' as const)),
  );
  return {
    /** Whether the new site starts where no folder is, so holds only what this build writes. */
    startsEmpty: oldSiteWas !== 'kept',
    delete: () => (oldSiteWas === 'moved' ? rm(aside, { recursive: true, force: true }) : Promise.resolve()),
    putBack: async () => {
      if (oldSiteWas !== 'moved') return;
      await rm(site, { recursive: true, force: true });
      await rename(aside, site);
    },
  };
}
const oldSite = buildOver ? undefined : await setOldSiteAside();

// Astro's pages are the build's critical path, so the cards' processes run at a lower
// priority and must not take Astro's core (a cold 10,000-post content sync took twice as
// long beside them at the same priority). Not much lower: at nice 10 the drawer ended after
// Astro and met its memory peak (1,423 and 1,508 MB in all); at nice 5 it ends before
// Astro (1,265–1,314 MB) in the same time, 52.5–57.8 s against 51.7–59.1 s (one kept
// 10,000-post benchmark folder, cold, alternating).
const preparing = preparePostFiles({
  contentRoot: resolve(projectRoot, process.env.CONTENT_ROOT ?? 'content'),
  projectRoot,
  cardCache: CARD_CACHE,
  priority: 5,
}).then(
  (prepared) => {
    timings['post files: prepare'] = performance.now() - started;
    timings['post files: cards drawn'] = prepared.rendered;
    console.log(`Social cards ready: ${prepared.cards.length} (${prepared.rendered} drawn, the rest cached) in ${seconds(timings['post files: prepare'])}.`);
    return prepared;
  },
  (error: unknown) => error as Error,
);

/** Where Astro lists the site's pages, rendered or left in place (see `src/integrations/page-list.ts`). */
const pageList = join(tmpdir(), `cluster-news-pages-${process.pid}.json`);

/**
 * Whether Astro leaves the site folder as it finds it: the last build's site, built over,
 * or no folder yet (the old site was moved aside). The cards and calendars then go in as
 * soon as they are ready, while Astro still renders, on the core the card drawer leaves
 * idle; otherwise Astro first empties the folder, and they go in after it.
 */
const astroKeepsFolder = buildOver || oldSite?.startsEmpty === true;

/** Counts the calls of `placePostFiles`; a call that is no longer the last writes nothing. */
let postFilesRun = 0;
/** The writing of cards and calendars under way, if any. */
let writingPostFiles: Promise<unknown> = Promise.resolve();

/** Puts the cards and calendars into the site once they are ready; resolves to their paths, or to what went wrong. */
async function placePostFiles(): Promise<string[] | Error> {
  const run = ++postFilesRun;
  const prepared = await preparing;
  if (prepared instanceof Error) return new Error(`Social cards and calendars could not be prepared:\n${prepared.message}`);
  if (run !== postFilesRun) return new Error('The social cards and calendars were not written: the build stopped or started the site again.');
  const writing = performance.now();
  const write = writePostFiles(prepared, site, { placed: PLACED_POST_FILES, kept: buildOver });
  writingPostFiles = write.catch(() => undefined);
  try {
    const paths = await write;
    timings['post files: write'] = performance.now() - writing;
    timings['@post-files-done'] = performance.now() - started;
    return paths;
  } catch (error) {
    return error as Error;
  }
}

/** Stops cards and calendars from going into the site; resolves once none are being written. */
async function stopPlacingPostFiles(): Promise<void> {
  postFilesRun++;
  await writingPostFiles;
}

// An error waits for Astro: if the content is wrong, Astro says so first, and better.
let placingPostFiles = astroKeepsFolder ? placePostFiles() : undefined;

/**
 * The post pages as the search index reads them, described as soon as Astro says its pages
 * are written (1.3 s of 10,000 pages, while Astro still writes the sitemap). Only in a
 * folder that started empty: every post page there is then this build's.
 */
let describingPages: Promise<IndexedPage[] | undefined> | undefined;

/** Runs `astro build`, with its heap limited to `heapMb` when given; resolves to how it ended. */
async function runAstro(heapMb?: number): Promise<[number | null, NodeJS.Signals | null]> {
  const limit = heapMb ? [`--max-old-space-size=${heapMb}`] : [];
  const env = { ...process.env, [PAGE_LIST_ENV]: pageList, ...(astroKeepsFolder ? { [KEEP_SITE_ENV]: '1' } : {}) };
  const astro = spawn(process.execPath, [...limit, join(projectRoot, 'node_modules/astro/bin/astro.mjs'), 'build'], { stdio: ['inherit', 'inherit', 'inherit', 'ipc'], env });
  astro.on('message', (message) => {
    if (message !== PAGES_WRITTEN || !oldSite?.startsEmpty) return;
    // A failure here only means the pages are described again after Astro.
    describingPages = describePostPages(site, { cacheDir: SEARCH_CACHE }).catch(() => undefined);
  });
  return (await once(astro, 'exit')) as [number | null, NodeJS.Signals | null];
}

const heapMb = await chooseAstroHeapMb(resolve(projectRoot, process.env.CONTENT_ROOT ?? 'content', 'news'));
let [astroCode, astroSignal] = await runAstro(heapMb);
if (ranOutOfHeap(astroCode, astroSignal)) {
  // Slower and hungrier, but an archive that outgrew the limit must still build.
  console.error(`Astro needed more than ${heapMb} MB of heap; building again without a limit (ASTRO_HEAP_MB sets it).`);
  if (!buildOver) {
    // A page Astro was writing when it stopped may be cut short: the new site starts again from nothing.
    await stopPlacingPostFiles();
    describingPages = undefined;
    await rm(site, { recursive: true, force: true });
    placingPostFiles = astroKeepsFolder ? placePostFiles() : undefined;
  }
  [astroCode, astroSignal] = await runAstro();
}
timings['@astro-done'] = performance.now() - started;
if (astroCode !== 0) {
  // Astro has said what is wrong (bad content, a failing page); the cards cannot help,
  // and their processes stop with this one.
  await stopPlacingPostFiles();
  await oldSite?.putBack();
  // Content that fails its check stops Astro before it writes anything: the site is still the last build's.
  if (buildOver && !(await wroteSince(site, startedAt))) await stampSite(site, keptSite);
  process.exit(astroCode ?? 1);
}
const oldSiteDeleted = oldSite?.delete();
const pages = JSON.parse(await readFile(pageList, 'utf8')) as string[];
await rm(pageList, { force: true });

// Cards and calendars not yet in the site go in while Pagefind indexes the pages (it reads
// only the post pages, so it need not wait for them). Pagefind's process starts only now,
// after Astro's has ended, so their memory peaks never add up.
const indexing = (async () => {
  const indexStart = performance.now();
  try {
    const postsPerShard = Number(process.env.SEARCH_SHARD_POSTS) || undefined;
    // This build's post pages: a deleted post's page is still in a site built over, until the end.
    const postPages = pages.filter(isPostPageFile);
    const described = await describingPages;
    const { shards, indexed } = await indexPostShards(site, {
      cacheDir: SEARCH_CACHE,
      postPages,
      ...(described ? { described } : {}),
      ...(postsPerShard ? { postsPerShard } : {}),
    });
    timings['search index'] = performance.now() - indexStart;
    timings['search shards indexed'] = indexed;
    const reused = shards - indexed;
    console.log(`Search index of ${postPages.length} posts in ${shards} ${shards === 1 ? 'part' : 'parts'} (${indexed} indexed, ${reused} unchanged) in ${seconds(timings['search index'])}.`);
  } catch (error) {
    console.error(`The search index could not be built from ${site}: ${(error as Error).message}`);
    if ((error as Error).cause) console.error(String((error as Error).cause));
    process.exit(1);
  }
})();
const postFilePaths = await (placingPostFiles ?? placePostFiles());
if (postFilePaths instanceof Error) {
  console.error(postFilePaths.message);
  console.error('The social cards and calendars could not be written (see above); the site in dist/ is incomplete.');
  process.exit(1);
}
await indexing;
// A site built where no folder was holds only what this build wrote: walking its 50,000
// files of 10,000 posts for stale ones took 1.1 s at the end of a cold build.
const removed = !oldSite?.startsEmpty ? await pruneSite(site, { keep: new Set([...pages, ...postFilePaths]), keepFolders: [`${PAGEFIND_DIR}/`], since: startedAt }) : [];
if (removed.length) console.log(`Removed ${removed.length} files the site no longer has (${removed.slice(0, 3).join(', ')}${removed.length > 3 ? ', …' : ''}).`);
await stampSite(site, keptSite);
await oldSiteDeleted;
timings['@index-done'] = performance.now() - started;
if (process.env.BENCH_TIMINGS) console.log(`BENCH_TIMINGS ${JSON.stringify(timings)}`);
