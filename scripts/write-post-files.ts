/**
 * Each post's social card and calendar and the calendar of all events, for
 * `scripts/build.ts`, which forks this beside `astro build`: the cards are drawn into the
 * card cache while Astro renders pages (on the other core), and once Astro has written
 * the site the parent sends `{ site, kept }` (whether it built over the last site) and the files go in. They are not Astro routes:
 * at 10,000 posts they were 20,000 of the build's 33,400 routes, and Astro spends about
 * a millisecond even on restoring an unchanged route from its cache.
 * Messages to the parent: `{ prepared: { ms, cards, rendered } }`, then `{ written: { ms, paths } }`
 * (the files' paths in the site, which the build keeps when it removes what it did not write).
 */
import { once } from 'node:events';
import { resolve } from 'node:path';
import { CARD_CACHE, PLACED_POST_FILES } from '../src/data/build-caches.ts';
import { preparePostFiles, writePostFiles } from './lib/post-files.ts';

if (!process.send) {
  console.error('scripts/write-post-files.ts runs as part of `npm run build` (scripts/build.ts).');
  process.exit(1);
}
// Stopped by the build (Astro failed): exit through 'exit' handlers, which stop the content check's process.
process.once('SIGTERM', () => process.exit(143));
const send = (message: unknown) => new Promise<void>((done) => process.send!(message, () => done()));
// Waits before anything else, so a message sent while the files are prepared is not missed.
const written = once(process, 'message') as Promise<[{ site: string; kept: boolean }]>;

const projectRoot = process.cwd();
const started = performance.now();
const prepared = await preparePostFiles({
  contentRoot: resolve(projectRoot, process.env.CONTENT_ROOT ?? 'content'),
  projectRoot,
  cardCache: CARD_CACHE,
}).catch((error: unknown) => error as Error);
if (!(prepared instanceof Error)) {
  await send({ prepared: { ms: performance.now() - started, cards: prepared.cards.length, rendered: prepared.rendered } });
}
const [{ site, kept }] = await written;
if (prepared instanceof Error) {
  console.error(`Social cards and calendars could not be prepared:\n${prepared.message}`);
  process.exit(1);
}
const writing = performance.now();
const paths = await writePostFiles(prepared, site, { placed: PLACED_POST_FILES, kept });
await send({ written: { ms: performance.now() - writing, paths } });
process.disconnect();
