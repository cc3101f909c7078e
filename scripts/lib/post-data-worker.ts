/**
 * Child process of `post-files.ts`: checks the content with the site's own check and
 * visibility rule, and posts back, for the visible posts, what each one's social card
 * shows and each one's calendar (put into the calendar cache), with the calendar of all
 * events, or the problems found.
 * Checking holds every file's text, body and parsed YAML (for line numbers in error
 * messages): in a process of its own, all of that goes when it exits. In the build's own
 * heap, V8 kept the space it had grown to for the whole run (440 MB while drawing 10,000
 * cards); a worker thread did not give it back either (470–500 MB). Only what the cards
 * show goes on, not the posts, and the calendars go as files: the process that waits for
 * the cards holds what it was sent until the build ends (220 MB with posts and calendars).
 */
import { makeAllEventsCalendar, makePostCalendar } from '../../src/astro/calendar.ts';
import { CALENDAR_CACHE, FRONT_MATTER_CACHE } from '../../src/node/build-caches.ts';
import { SITE_TITLE } from '../../src/astro/site.ts';
import { makePostCardContent } from '../../src/lib/cards/post-card.ts';
import { checkContent } from '../../src/node/content/check-content.ts';
import { FrontMatterCache } from '../../src/node/content/front-matter-cache.ts';
import { formatProblem } from '../../src/lib/content/problem.ts';
import { postFiles } from '../../src/lib/paths.ts';
import { sortNewestFirst } from '../../src/lib/sort-news.ts';
import { isPublished } from '../../src/lib/visibility.ts';
import { cacheTexts } from './cache-texts.ts';
import type { CardToDraw } from './card-drawer-worker.ts';
import { replyToParent } from './child-task.ts';

/** What the worker posts back. */
export type PostData =
  | { problems: string[] }
  | {
      cards: CardToDraw[];
      /** Each calendar as a file of the calendar cache and where it goes in the site. */
      calendars: { path: string; cached: string }[];
    };

async function readPostData(contentRoot: string, projectRoot: string): Promise<PostData> {
  const frontMatter = await FrontMatterCache.load(FRONT_MATTER_CACHE);
  const { news, clusters, problems } = await checkContent(contentRoot, projectRoot, { frontMatter });
  await frontMatter.save();
  if (problems.length) return { problems: problems.map(formatProblem) };
  const names = new Map(clusters.map((cluster) => [cluster.id, cluster.data.shortName]));
  const posts = sortNewestFirst(news.filter(isPublished));
  const calendars = posts.map(makePostCalendar);
  return {
    cards: posts.map((post) => ({
      path: postFiles.card(post.id),
      content: makePostCardContent(post, names.get(post.data.cluster.id) ?? post.data.cluster.id, SITE_TITLE),
    })),
    calendars: await cacheTexts(
      [...posts.map((post, index) => ({ path: postFiles.calendar(post.id), text: calendars[index]! })), { path: postFiles.allEvents(), text: makeAllEventsCalendar(calendars) }],
      CALENDAR_CACHE,
      '.ics',
    ),
  };
}

const [contentRoot, projectRoot] = process.argv.slice(2) as [string, string];
replyToParent(await readPostData(contentRoot, projectRoot));
