import { createHash } from 'node:crypto';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { hashPostCalendar, makeAllEventsCalendar, makePostCalendar } from '../../src/data/calendar.ts';
import { SITE_TITLE } from '../../src/data/site.ts';
import { linkOrCopy } from '../../src/lib/link-or-copy.ts';
import { ensureCardFile } from '../../src/lib/cards/cached-card.ts';
import { makePostCardContent } from '../../src/lib/cards/post-card.ts';
import { checkContent } from '../../src/lib/content/check-content.ts';
import { formatProblem } from '../../src/lib/content/problem.ts';
import { mapConcurrently } from '../../src/lib/map-concurrently.ts';
import { postFiles } from '../../src/lib/paths.ts';
import { sortNewestFirst } from '../../src/lib/sort-news.ts';
import type { NewsPost } from '../../src/lib/news-post.ts';
import { isPublished } from '../../src/lib/visibility.ts';

/** Every post's card and calendars, ready to be put into a built site. */
export interface PreparedPostFiles {
  /** Cards, as files of the card cache and where they go in the site. */
  cards: { path: string; cached: string }[];
  /** Calendars, as text and where it goes in the site. */
  texts: { path: string; text: string }[];
  /** Cards drawn in this run; the others came from the cache. */
  rendered: number;
}

/** Cards drawn at once: sharp draws off the main thread, so a few overlap (the same figure as Astro's `build.concurrency`). */
const CARD_CONCURRENCY = 4;

/**
 * Each post's calendar text from the last build, by a hash of what it is made of:
 * ical-generator takes about 0.6 ms an event, 6.5 s at 10,000 posts on every build.
 */
async function makePostCalendars(posts: readonly NewsPost[], cacheFile: string): Promise<string[]> {
  const cached = new Map<string, string>(Object.entries(JSON.parse(await readFile(cacheFile, 'utf8').catch(() => '{}')) as Record<string, string>));
  const next = new Map<string, string>();
  const calendars = posts.map((post) => {
    const key = hashPostCalendar(post);
    const text = cached.get(key) ?? makePostCalendar(post);
    next.set(key, text);
    return text;
  });
  await mkdir(dirname(cacheFile), { recursive: true });
  await writeFile(cacheFile, JSON.stringify(Object.fromEntries(next)));
  return calendars;
}

/**
 * The visible posts, newest first, as id and front matter only, and each cluster's short
 * name. The checked entries also hold each file's text, body and parsed YAML (for line
 * numbers in error messages); dropped here, they are not kept while the cards are drawn.
 */
async function readVisiblePosts(contentRoot: string, projectRoot: string): Promise<{ posts: NewsPost[]; names: Map<string, string> }> {
  const { news, clusters, problems } = await checkContent(contentRoot, projectRoot);
  if (problems.length) throw new Error(problems.map(formatProblem).join('\n'));
  return {
    posts: sortNewestFirst(news.filter(isPublished)).map(({ id, data }) => ({ id, data })),
    names: new Map(clusters.map((cluster) => [cluster.id, cluster.data.shortName])),
  };
}

/** Files written at once. */
const WRITE_CONCURRENCY = 32;

/**
 * Reads the content with the site's own check and visibility rule and prepares each
 * visible post's card (drawn into the card cache unless cached) and calendar, and the
 * calendar of all events. Content with problems throws: the build reports them.
 */
export async function preparePostFiles(options: { contentRoot: string; projectRoot: string; cardCache: string; calendarCache: string }): Promise<PreparedPostFiles> {
  const { posts, names } = await readVisiblePosts(options.contentRoot, options.projectRoot);
  let rendered = 0;
  const cards = await mapConcurrently(posts, CARD_CONCURRENCY, async (post) => ({
    path: postFiles.card(post.id),
    cached: await ensureCardFile(
      makePostCardContent(post, names.get(post.data.cluster.id) ?? post.data.cluster.id, SITE_TITLE),
      options.cardCache,
      () => rendered++,
    ),
  }));
  const calendars = await makePostCalendars(posts, options.calendarCache);
  const texts = [
    ...posts.map((post, index) => ({ path: postFiles.calendar(post.id), text: calendars[index]! })),
    { path: postFiles.allEvents(), text: makeAllEventsCalendar(calendars) },
  ];
  return { cards, texts, rendered };
}

/** What each post file in the site was made from: the card cache's file, or a hash of the calendar text. */
type PlacedFiles = Record<string, string>;

/** Sources of the files, keyed by their paths in the site. */
function describeSources(prepared: PreparedPostFiles): PlacedFiles {
  const sources: PlacedFiles = {};
  for (const card of prepared.cards) sources[card.path] = `card ${card.cached}`;
  for (const text of prepared.texts) sources[text.path] = `text ${createHash('sha1').update(text.text).digest('base64url')}`;
  return sources;
}

/**
 * Puts prepared post files into a built site; returns their paths in it. `placed` is a
 * record, kept between builds, of what the files in the site were made from: when the
 * build goes over the last build's site (`kept`), only files whose source changed are
 * written. Checking all 20,000 files of 10,000 posts instead (a stat of both sides of
 * each card link, a read of each calendar) took 4.4–5.1 s of a warm build.
 */
export async function writePostFiles(prepared: PreparedPostFiles, site: string, options: { placed: string; kept: boolean }): Promise<string[]> {
  const sources = describeSources(prepared);
  const before: PlacedFiles = options.kept ? JSON.parse(await readFile(options.placed, 'utf8').catch(() => '{}')) : {};
  const all = [...prepared.cards, ...prepared.texts];
  const changed = all.filter((file) => before[file.path] !== sources[file.path]);
  // The record goes first: should the build stop half-way, the site is not stamped as
  // complete, and the next build starts afresh without reading it.
  await writeFile(options.placed, JSON.stringify(sources));
  for (const folder of new Set(changed.map((file) => dirname(join(site, file.path))))) await mkdir(folder, { recursive: true });
  await mapConcurrently(changed, WRITE_CONCURRENCY, (file) =>
    'cached' in file ? linkOrCopy(file.cached, join(site, file.path)) : writeFile(join(site, file.path), file.text),
  );
  return all.map((file) => file.path);
}
