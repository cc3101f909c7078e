/**
 * The production build (`npm run build`):
 * 1. the content check, the same as `npm run check:content`: content with problems stops
 *    the build here, with the check's own lines, before anything is written;
 * 2. `astro build` into a new folder beside the site, while the social cards are drawn on
 *    the other core (`lib/post-files.ts`) and put into it;
 * 3. the search index of the new folder;
 * 4. the new folder takes the site's place. Until then the site is what the last successful
 *    build left, whatever fails on the way, and the new folder is removed. The last site is
 *    removed by a process of its own once the build is done (`lib/replace-site.ts`).
 * The cards and calendars are not Astro routes: at 10,000 posts they were 20,000 of the
 * build's 33,400 routes, and Astro spends about a millisecond even on restoring an
 * unchanged route from its cache. With BENCH_TIMINGS set, prints the steps' times as a
 * `BENCH_TIMINGS` JSON line for `npm run bench`.
 * Usage: npm run build
 */
import { spawn } from 'node:child_process';
import { constants, tmpdir } from 'node:os';
import { once } from 'node:events';
import { readFile, rm } from 'node:fs/promises';
import { join, relative, resolve } from 'node:path';
import { ASTRO_LOG_LEVEL_ENV, ASTRO_PAGE_CACHE_RECORD, KEEP_SITE_ENV, PAGE_LIST_ENV, STORES, storeVersion } from '../src/node/stores.ts';
import { indexEditions } from '../src/node/search/index-post-shards.ts';
import { countProblems } from '../src/lib/content/problem.ts';
import { CHECKED_CONTENT_ENV } from '../src/node/content/checked-content.ts';
import { isPostPageFile } from '../src/lib/paths.ts';
import { chooseAstroHeapMb, ranOutOfHeap } from './lib/astro-heap.ts';
import { readBuiltPages, readCacheStamp, readChangedPages, recordChangedPages, type BuiltPages } from './lib/changed-pages.ts';
import { preparePostFiles, readPostData, writePostFiles } from './lib/post-files.ts';
import { removeOldSites, replaceSite } from './lib/replace-site.ts';

// Without SITE_URL every absolute address of the site (canonical links, og:url, cards, the
// sitemap, feeds) points at the development server: a CI build stops, a local one warns.
if (!process.env.SITE_URL) {
  const missing = 'SITE_URL is not set, so canonical links, og:url, social cards, feeds and the sitemap would point at http://localhost:4321. Set SITE_URL (and BASE_PATH) to the address the site is published at.';
  if (process.env.CI) {
    console.error(missing);
    process.exit(1);
  }
  console.warn(`Warning: ${missing}`);
}

const projectRoot = process.cwd();
const contentRoot = resolve(projectRoot, process.env.CONTENT_ROOT ?? 'content');
const site = resolve(projectRoot, process.env.ASTRO_OUT_DIR ?? 'dist');
/** Where this build writes the new site; a fixed name, so a build that was killed leaves one folder at most. */
const next = `${site}.next`;
/** Where the calendars are kept between builds, to be hard-linked into the new site. */
const calendarDir = STORES.calendars.path;
/** Where the content check leaves the entries it read, for Astro's loader (see `checked-content.ts`). */
const checkedDir = `${site}.content`;
const started = performance.now();
/**
 * The priority of the work beside Astro (the content check, the cards): the system's own
 * "below normal", so Astro's pages, the build's critical path, win a core both want.
 */
const BACKGROUND = constants.priority.PRIORITY_BELOW_NORMAL;
const timings: Record<string, number> = {};
const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
/** Counts the calls of `placePostFiles`; a call that is no longer the last writes nothing. */
let postFilesRun = 0;
/** The writing of cards and calendars under way, if any. */
let writingPostFiles: Promise<unknown> = Promise.resolve();

/** Stops the running `astro build`, if any, and resolves once it has exited. */
let stopAstro: (() => Promise<unknown>) | undefined;

/** Ends a failed build: the new folder goes, the site stays as the last successful build left it. */
async function fail(...lines: string[]): Promise<never> {
  for (const line of lines) console.error(line);
  await stopAstro?.();
  await stopPlacingPostFiles();
  await Promise.all([rm(next, { recursive: true, force: true }), rm(checkedDir, { recursive: true, force: true })]);
  process.exit(1);
}

// 1. The content check, in a process of its own beside Astro's start (at a lower priority:
// Astro's pages are the build's critical path). Astro writes only into the new folder and
// its output is held back until the check has passed, so content with problems gets the
// check's lines alone: no stack trace, no Astro location, and the site untouched.
await rm(next, { recursive: true, force: true });
await rm(checkedDir, { recursive: true, force: true });
await removeOldSites(site);
const checking = readPostData({ contentRoot, projectRoot, calendarDir, checkedDir, priority: BACKGROUND }).then(
  (data) => {
    timings['content check'] = performance.now() - started;
    return data;
  },
  (error: unknown) => new Error(`The content could not be checked: ${(error as Error).message}`),
);

/** Ends the build if the content check failed or found problems; resolves once it has passed. */
async function expectCheckedContent(): Promise<void> {
  const checked = await checking;
  if (checked instanceof Error) await fail(checked.message);
  if ('problems' in checked) {
    const kept = `${relative(projectRoot, site)}/`;
    await fail(...checked.problems, '', `${countProblems(checked.problems.length)} в съдържанието; сайтът не е построен и ${kept} е такъв, какъвто го остави последното успешно построяване.`);
  }
}

// 2. Cards are drawn beside Astro once the content has passed, at a lower priority too: a
// cold 10,000-post content sync took twice as long beside a drawer at the same priority.
const preparing = checking.then(async (checked) => {
  if (checked instanceof Error || 'problems' in checked) return new Error('The content did not pass its check.');
  try {
    const prepared = await preparePostFiles(checked, { cardCache: STORES.cards.path, priority: BACKGROUND });
    timings['post files: prepare'] = performance.now() - started;
    timings['post files: cards drawn'] = prepared.rendered;
    console.log(`Social cards ready: ${prepared.cards.length} (${prepared.rendered} drawn, the rest cached) in ${seconds(timings['post files: prepare'])}.`);
    return prepared;
  } catch (error) {
    return error as Error;
  }
});

/** Where Astro lists the site's pages (see `src/integrations/page-list.ts`). */
const pageList = join(tmpdir(), `cluster-news-pages-${process.pid}.json`);

/**
 * Puts the cards and calendars into the new folder once they are ready, while Astro still
 * renders (Astro is told not to empty the folder); resolves to their paths, or to what went wrong.
 */
async function placePostFiles(): Promise<string[] | Error> {
  const run = ++postFilesRun;
  const prepared = await preparing;
  if (prepared instanceof Error) return new Error(`Social cards and calendars could not be prepared:\n${prepared.message}`);
  if (run !== postFilesRun) return new Error('The social cards and calendars were not written: the build stopped or started the site again.');
  const writing = performance.now();
  const write = writePostFiles(prepared, next);
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

/** Stops cards and calendars from going into the new folder; resolves once none are being written. */
async function stopPlacingPostFiles(): Promise<void> {
  postFilesRun++;
  await writingPostFiles;
}

let placingPostFiles = placePostFiles();

/**
 * Runs `astro build` into the new folder, with its heap limited to `heapMb` when given;
 * resolves to how it ended. Its output is passed on once the content has passed its check;
 * should the check find problems, Astro is stopped and what it said is dropped.
 */
async function runAstro(heapMb?: number): Promise<[number | null, NodeJS.Signals | null]> {
  const limit = heapMb ? [`--max-old-space-size=${heapMb}`] : [];
  const colour = process.stdout.isTTY ? { FORCE_COLOR: '1' } : {};
  // Warnings and errors only, unless asked for more: the pages are reported below in one line.
  const env = { ...process.env, ...colour, [ASTRO_LOG_LEVEL_ENV]: process.env[ASTRO_LOG_LEVEL_ENV] ?? 'warn', ASTRO_OUT_DIR: next, [PAGE_LIST_ENV]: pageList, [KEEP_SITE_ENV]: '1', [CHECKED_CONTENT_ENV]: checkedDir };
  const astro = spawn(process.execPath, [...limit, join(projectRoot, 'node_modules/astro/bin/astro.mjs'), 'build'], { stdio: ['inherit', 'pipe', 'pipe'], env });
  const held: [NodeJS.WriteStream, Buffer][] = [];
  let passed = false;
  astro.stdout!.on('data', (chunk: Buffer) => (passed ? process.stdout.write(chunk) : held.push([process.stdout, chunk])));
  astro.stderr!.on('data', (chunk: Buffer) => (passed ? process.stderr.write(chunk) : held.push([process.stderr, chunk])));
  // 'close' comes once Astro has exited and its last output has arrived.
  const closed = once(astro, 'close') as Promise<[number | null, NodeJS.Signals | null]>;
  const kill = () => astro.kill();
  process.once('exit', kill);
  stopAstro = () => {
    kill();
    return closed;
  };
  await expectCheckedContent();
  passed = true;
  for (const [stream, chunk] of held.splice(0)) stream.write(chunk);
  const ended = await closed;
  process.off('exit', kill);
  stopAstro = undefined;
  return ended;
}

/** The last build's page hashes, and which build's page cache Astro starts from: read before Astro rewrites it. */
const lastRecord = readChangedPages(STORES.changedPages.path);
const startingCacheStamp = await readCacheStamp(ASTRO_PAGE_CACHE_RECORD);
const heapMb = await chooseAstroHeapMb(join(contentRoot, 'news'));
const astroStartedAt = Date.now();
let [astroCode, astroSignal] = await runAstro(heapMb);
if (ranOutOfHeap(astroCode, astroSignal)) {
  // Slower and hungrier, but an archive that outgrew the limit must still build.
  console.error(`Astro needed more than ${heapMb} MB of heap; building again without a limit (ASTRO_HEAP_MB sets it).`);
  // A page Astro was writing when it stopped may be cut short: the new folder starts again from nothing.
  await stopPlacingPostFiles();
  await rm(next, { recursive: true, force: true });
  placingPostFiles = placePostFiles();
  [astroCode, astroSignal] = await runAstro();
}
timings['@astro-done'] = performance.now() - started;
const astroTime = Date.now() - astroStartedAt;
// Astro has said what is wrong (a page that failed to render); the cards cannot help.
if (astroCode !== 0) await fail(`astro build failed (${astroSignal ?? `exit code ${astroCode}`}); the site was not changed.`);
const pages = JSON.parse(await readFile(pageList, 'utf8')) as string[];
await rm(pageList, { force: true });
// Read only now: Astro has built with the site's file, so it is valid.
const { LANGUAGES, DEFAULT_LANGUAGE } = await import('../src/astro/site.ts');
/** Each language's search edition and its post pages. */
const editions = LANGUAGES.map((language) => {
  const prefix = language === DEFAULT_LANGUAGE ? '' : `${language}/`;
  return { edition: { prefix, language }, postPages: pages.filter((page) => page.startsWith(prefix) && isPostPageFile(page.slice(prefix.length))) };
});
const postPages = new Set(editions.flatMap((edition) => edition.postPages));
// What the next build will find in Astro's cache, and the pages, each read once (if at all:
// see `changed-pages.ts`) for both the record of changed pages and the search index's plan.
const endingCacheStamp = readCacheStamp(ASTRO_PAGE_CACHE_RECORD);
const describedBy = storeVersion('searchShards');
const reading = lastRecord
  .then((previous) => readBuiltPages(next, pages.filter((page) => page.endsWith('.html')), { previous, cacheStamp: startingCacheStamp, astroStartedAt, isPostPage: (page) => postPages.has(page), describedBy }))
  .then(
    (built) => {
      timings['@pages-read'] = performance.now() - started;
      const total = Object.keys(built.hashes).length;
      console.log(`Astro built ${total} pages in ${seconds(astroTime)} (${total - built.restored} rendered, ${built.restored} restored from its cache).`);
      return built;
    },
    (error: unknown) => error as Error,
  );

// 3. The search index, while the cards and calendars not yet in the folder go in (Pagefind
// reads only the post pages, so it need not wait for them). Pagefind's process starts only
// now, after Astro's has ended, so their memory peaks never add up.
const indexing = (async (): Promise<Error | undefined> => {
  const indexStart = performance.now();
  try {
    const bytesPerShard = Number(process.env.SEARCH_SHARD_BYTES) || undefined;
    const built = await reading;
    if (built instanceof Error) throw built;
    const toIndex = editions.map(({ edition, postPages: paths }) => ({
      edition,
      cacheDir: join(STORES.searchShards.path, edition.language),
      postPages: paths,
      described: paths.flatMap((path) => built.described[path] ?? []),
    }));
    const indexes = await indexEditions(next, toIndex, bytesPerShard ? { bytesPerShard } : {});
    indexes.forEach(({ pages: indexedPosts, shards, indexed }, index) => {
      const { language } = editions[index]!.edition;
      console.log(`Search index (${language}) of ${indexedPosts} posts in ${shards} ${shards === 1 ? 'part' : 'parts'} (${indexed} indexed, ${shards - indexed} unchanged).`);
    });
    const indexedShards = indexes.reduce((sum, { indexed }) => sum + indexed, 0);
    timings['search index'] = performance.now() - indexStart;
    timings['search shards indexed'] = indexedShards;
    console.log(`Search indexes built in ${seconds(timings['search index'])}.`);
    return undefined;
  } catch (error) {
    const cause = (error as Error).cause ? `\n${String((error as Error).cause)}` : '';
    return new Error(`The search index could not be built: ${(error as Error).message}${cause}`);
  }
})();
const postFiles = await placingPostFiles;
if (postFiles instanceof Error) {
  await indexing;
  await fail(postFiles.message, 'The social cards and calendars could not be written; the site was not changed.');
}
const indexError = await indexing;
if (indexError) await fail(indexError.message, 'The site was not changed.');

// 4. The new site takes the old one's place, and what it changed is recorded for `verify --changed`.
timings['@search-done'] = performance.now() - started;
const built = await reading;
if (built instanceof Error) await fail(`The built pages could not be read: ${built.message}`, 'The site was not changed.');
await replaceSite(site, next);
const [{ changed }] = await Promise.all([
  recordChangedPages(STORES.changedPages.path, { ...(built as BuiltPages), site, previous: await lastRecord, cacheStamp: await endingCacheStamp, describedBy }),
  rm(checkedDir, { recursive: true, force: true }),
]);
console.log(`${changed.length} of ${Object.keys((built as BuiltPages).hashes).length} pages changed since the last build.`);
timings['@index-done'] = performance.now() - started;
if (process.env.BENCH_TIMINGS) console.log(`BENCH_TIMINGS ${JSON.stringify(timings)}`);
