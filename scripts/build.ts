/**
 * The production build (`npm run build`): `astro build` while `write-post-files.ts`
 * draws the social cards on the other core, then the cards and calendars go into the
 * site, then the search index. With BENCH_TIMINGS set, prints the steps' times as a
 * `BENCH_TIMINGS` JSON line for `npm run bench`.
 * Usage: npm run build
 */
import { fork, spawn } from 'node:child_process';
import { setPriority } from 'node:os';
import { once } from 'node:events';
import { readdir, rename, rm } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import { indexSite } from '../src/integrations/index-site.ts';

const projectRoot = process.cwd();
const site = resolve(projectRoot, process.env.ASTRO_OUT_DIR ?? 'dist');
const started = performance.now();
const timings: Record<string, number> = {};
const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;

/**
 * Moves the last build's site aside and deletes it while this build runs. Astro empties
 * its output folder before it builds, one file at a time on its main thread: 6 s of a
 * warm 10,000-post build (CPU profile). Renaming is instant, and the unlinking then runs
 * in the background. Leftovers of an interrupted build go too.
 */
async function setOldSiteAside(): Promise<{ deleted: Promise<unknown> }> {
  const prefix = `${basename(site)}.stale-`;
  const leftovers = (await readdir(dirname(site)).catch(() => [] as string[])).filter((name) => name.startsWith(prefix));
  const aside = join(dirname(site), `${prefix}${process.pid}`);
  const moved = await rename(site, aside).then(
    () => [aside],
    // No site yet, or one that cannot be moved (a mount point): Astro empties it as usual.
    () => [],
  );
  return { deleted: Promise.all([...leftovers.map((name) => join(dirname(site), name)), ...moved].map((dir) => rm(dir, { recursive: true, force: true }))) };
}
// Moved before Astro starts, deleted while it runs.
const oldSite = await setOldSiteAside();

const postFiles = fork(join(import.meta.dirname, 'write-post-files.ts'), { stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
const postFilesExit = once(postFiles, 'exit') as Promise<[number | null]>;
// Astro's pages are the build's critical path; the cards only fill the time it leaves
// idle, so they must not take its core (a cold 10,000-post content sync took twice as long beside them).
try {
  setPriority(postFiles.pid!, 10);
} catch {
  // Some systems refuse a lower priority; the build is merely slower there.
}
postFiles.on('message', (message: { prepared?: { ms: number; cards: number; rendered: number }; written?: { ms: number; files: number } }) => {
  if (message.prepared) {
    timings['post files: prepare'] = message.prepared.ms;
    timings['post files: cards drawn'] = message.prepared.rendered;
    console.log(`Social cards ready: ${message.prepared.cards} (${message.prepared.rendered} drawn, the rest cached) in ${seconds(message.prepared.ms)}.`);
  }
  if (message.written) timings['post files: write'] = message.written.ms;
});

const astro = spawn(process.execPath, [join(projectRoot, 'node_modules/astro/bin/astro.mjs'), 'build'], { stdio: 'inherit' });
const [astroCode] = (await once(astro, 'exit')) as [number | null];
timings['@astro-done'] = performance.now() - started;
if (astroCode !== 0) {
  // Astro has said what is wrong (bad content, a failing page); the cards cannot help.
  postFiles.kill();
  process.exit(astroCode ?? 1);
}

postFiles.send({ site });
const [postFilesCode] = await postFilesExit;
if (postFilesCode !== 0) process.exit(postFilesCode ?? 1);
timings['@post-files-done'] = performance.now() - started;

// Pagefind reads the finished pages; it runs in a process of its own (Astro's has exited), so the two memory peaks never add up.
try {
  const pages = await indexSite(site, 'post-pages');
  timings['search index'] = performance.now() - timings['@post-files-done'];
  console.log(`Search index written from ${pages} HTML files in ${seconds(timings['search index'])}.`);
} catch (error) {
  console.error(`The search index could not be built from ${site}: ${(error as Error).message}`);
  if ((error as Error).cause) console.error(String((error as Error).cause));
  process.exit(1);
}
await oldSite.deleted;
timings['@index-done'] = performance.now() - started;
if (process.env.BENCH_TIMINGS) console.log(`BENCH_TIMINGS ${JSON.stringify(timings)}`);
