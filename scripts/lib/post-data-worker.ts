/**
 * Child process of `post-files.ts`: checks the content with the site's own check and
 * visibility rule, hands the checked entries to Astro's loader (`checked-content.ts`),
 * and posts back, for the visible posts, what each one's social card shows and each one's
 * calendar (written into `calendarDir`), with the calendar of all events, or the problems
 * found. Checking holds every file's text, body and parsed YAML: in a process of its own,
 * all of that goes when it exits (V8 keeps a heap it has grown until then, in a worker
 * thread too). Only what the cards show goes on, not the posts, and the calendars go as
 * files: the process that waits for the cards holds what it was sent until the build ends.
 */
import { makeAllEventsCalendar, makePostCalendar } from '../../src/astro/calendar.ts';
import { SITE_TITLE } from '../../src/astro/site.ts';
import { makePostCardContent } from '../../src/lib/cards/post-card.ts';
import { checkContent } from '../../src/node/content/check-content.ts';
import { writeCheckedContent } from '../../src/node/content/checked-content.ts';
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
      /** Each calendar as a file of `calendarDir` and where it goes in the site. */
      calendars: { path: string; cached: string }[];
    };

async function readPostData(contentRoot: string, projectRoot: string, calendarDir: string, checkedDir: string): Promise<PostData> {
  const check = await checkContent(contentRoot, projectRoot);
  const { news, clusters, problems } = check;
  if (problems.length) return { problems: problems.map(formatProblem) };
  // Astro's loader takes the entries from here rather than checking every file again.
  await writeCheckedContent(checkedDir, check);
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
      calendarDir,
      '.ics',
    ),
  };
}

const [contentRoot, projectRoot, calendarDir, checkedDir] = process.argv.slice(2) as [string, string, string, string];
replyToParent(await readPostData(contentRoot, projectRoot, calendarDir, checkedDir));
