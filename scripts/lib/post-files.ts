import { mkdir } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { linkOrCopy } from '../../src/node/link-or-copy.ts';
import { mapConcurrently } from '../../src/lib/map-concurrently.ts';
import type { CardOrder, DrawnCards } from './card-drawer-worker.ts';
import { runChildTask } from './child-task.ts';
import type { PostData } from './post-data-worker.ts';

/** Every post's card and calendars, ready to be put into a built site. */
export interface PreparedPostFiles {
  /** Cards, as files of the card cache and where they go in the site. */
  cards: { path: string; cached: string }[];
  /** Calendars, as files of this build's calendar folder and where they go in the site. */
  calendars: { path: string; cached: string }[];
  /** Cards drawn in this run; the others came from the cache. */
  rendered: number;
}

/**
 * Checks the content and, when it has no problem, makes what the visible posts' cards show
 * and their calendars, in a process of its own (see `post-data-worker.ts`) so the memory
 * of checking is gone before anything else starts. Problems come back as the content
 * check's own lines.
 */
export function readPostData(options: { contentRoot: string; projectRoot: string; calendarDir: string; checkedDir: string; priority?: number }): Promise<PostData> {
  return runChildTask<PostData>(new URL('./post-data-worker.ts', import.meta.url), {
    args: [options.contentRoot, options.projectRoot, options.calendarDir, options.checkedDir],
    name: 'checking the content',
    priority: options.priority,
    // A small young generation, as the card drawer's: parsing thousands of files makes
    // short-lived objects, and at V8's default size they raised the check's peak, which is
    // beside Astro's start, by about a third (docs/performance.md) for no time saved.
    nodeFlags: ['--max-semi-space-size=4'],
  });
}

/** The post data of content without problems. */
export type CheckedPostData = Exclude<PostData, { problems: string[] }>;

/** Files written at once. */
const WRITE_CONCURRENCY = 32;

/**
 * Prepares each visible post's card (drawn into the card cache unless cached) beside its
 * calendar and the calendar of all events, in a child process (at the nice value `priority`).
 */
export async function preparePostFiles(data: CheckedPostData, options: { cardCache: string; priority?: number }): Promise<PreparedPostFiles> {
  const { cards: toDraw, calendars } = data;
  const order: CardOrder = { cards: toDraw, cardCache: options.cardCache };
  const { cards, rendered } = await runChildTask<DrawnCards>(new URL('./card-drawer-worker.ts', import.meta.url), {
    input: order,
    name: 'drawing the social cards',
    priority: options.priority,
    // A small young generation: drawing makes short-lived buffers card after card, and
    // V8's default lets them grow the heap (and the build's peak) before they are collected,
    // for a little less time spent collecting.
    nodeFlags: ['--max-semi-space-size=4'],
  });
  return { cards, calendars, rendered };
}

/** Puts prepared post files into a built site (hard links to the caches where the disk allows); returns their paths in it. */
export async function writePostFiles(prepared: PreparedPostFiles, site: string): Promise<string[]> {
  const all = [...prepared.cards, ...prepared.calendars];
  for (const folder of new Set(all.map((file) => dirname(join(site, file.path))))) await mkdir(folder, { recursive: true });
  await mapConcurrently(all, WRITE_CONCURRENCY, (file) => linkOrCopy(file.cached, join(site, file.path)));
  return all.map((file) => file.path);
}
