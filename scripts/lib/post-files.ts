import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { linkOrCopy } from '../../src/lib/link-or-copy.ts';
import { mapConcurrently } from '../../src/lib/map-concurrently.ts';
import type { CardOrder, DrawnCards } from './card-drawer-worker.ts';
import { runChildTask } from './child-task.ts';
import type { PostData } from './post-data-worker.ts';

/** Every post's card and calendars, ready to be put into a built site. */
export interface PreparedPostFiles {
  /** Cards, as files of the card cache and where they go in the site. */
  cards: { path: string; cached: string }[];
  /** Calendars, as files of the calendar cache and where they go in the site. */
  calendars: { path: string; cached: string }[];
  /** Cards drawn in this run; the others came from the cache. */
  rendered: number;
}

/**
 * What the visible posts' cards show, and their calendars, made in a process of its own
 * (see `post-data-worker.ts`) so the memory of checking is gone before the cards are drawn.
 */
async function readPostData(options: { contentRoot: string; projectRoot: string; priority?: number }) {
  const data = await runChildTask<PostData>(new URL('./post-data-worker.ts', import.meta.url), {
    args: [options.contentRoot, options.projectRoot],
    name: 'checking the content',
    priority: options.priority,
  });
  if ('problems' in data) throw new Error(data.problems.join('\n'));
  return data;
}

/** Files written at once. */
const WRITE_CONCURRENCY = 32;

/**
 * Reads the content with the site's own check and visibility rule and prepares each
 * visible post's card (drawn into the card cache unless cached) and calendar, and the
 * calendar of all events, each in a child process (at the nice value `priority`).
 * Content with problems throws: the build reports them.
 */
export async function preparePostFiles(options: { contentRoot: string; projectRoot: string; cardCache: string; priority?: number }): Promise<PreparedPostFiles> {
  const { cards: toDraw, calendars } = await readPostData(options);
  const order: CardOrder = { cards: toDraw, cardCache: options.cardCache };
  const { cards, rendered } = await runChildTask<DrawnCards>(new URL('./card-drawer-worker.ts', import.meta.url), {
    input: order,
    name: 'drawing the social cards',
    priority: options.priority,
    // V8's young generation at 4 MB instead of its default: drawing 10,000 cards alone
    // peaked at 168–183 MB instead of 214–221 MB for 1–4 % more CPU (33.4–34.6 s against
    // 33.1 s); `--optimize-for-size` gave 140 MB for 11 % more (a throwaway script, twice each).
    nodeFlags: ['--max-semi-space-size=4'],
  });
  return { cards, calendars, rendered };
}

/** What each post file in the site was made from: its file in the card or calendar cache, a content address. */
type PlacedFiles = Record<string, string>;

/**
 * Puts prepared post files into a built site; returns their paths in it. `placed` is a
 * record, kept between builds, of what the files in the site were made from: when the
 * build goes over the last build's site (`kept`), only files whose source changed are
 * written. Checking all 20,000 files of 10,000 posts instead (a stat of both sides of
 * each link) took 4.4–5.1 s of a warm build.
 */
export async function writePostFiles(prepared: PreparedPostFiles, site: string, options: { placed: string; kept: boolean }): Promise<string[]> {
  const all = [...prepared.cards, ...prepared.calendars];
  const sources: PlacedFiles = Object.fromEntries(all.map((file) => [file.path, file.cached]));
  const before: PlacedFiles = options.kept ? JSON.parse(await readFile(options.placed, 'utf8').catch(() => '{}')) : {};
  const changed = all.filter((file) => before[file.path] !== sources[file.path]);
  // The record goes first: should the build stop half-way, the site is not stamped as
  // complete, and the next build starts afresh without reading it.
  await writeFile(options.placed, JSON.stringify(sources));
  for (const folder of new Set(changed.map((file) => dirname(join(site, file.path))))) await mkdir(folder, { recursive: true });
  await mapConcurrently(changed, WRITE_CONCURRENCY, (file) => linkOrCopy(file.cached, join(site, file.path)));
  return all.map((file) => file.path);
}
