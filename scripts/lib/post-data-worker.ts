/**
 * Child process of `post-files.ts`: checks the content with the site's own check and
 * visibility rule, and posts back the visible posts, newest first, as id and front
 * matter only, each cluster's short name and the calendars (each post's and the one of
 * all events), or the problems found. Checking holds every file's text, body and parsed
 * YAML (for line numbers in error messages), and the calendars their intermediate
 * objects: in a process of its own, all of that goes when it exits. In the build's own
 * heap, V8 kept the space it had grown to for the whole run (440 MB while drawing 10,000
 * cards); a worker thread did not give it back either (470–500 MB).
 */
import { makeAllEventsCalendar, makePostCalendar } from '../../src/data/calendar.ts';
import { FRONT_MATTER_CACHE } from '../../src/data/build-caches.ts';
import { checkContent } from '../../src/lib/content/check-content.ts';
import { FrontMatterCache } from '../../src/lib/content/front-matter-cache.ts';
import { formatProblem } from '../../src/lib/content/problem.ts';
import type { NewsPost } from '../../src/lib/news-post.ts';
import { postFiles } from '../../src/lib/paths.ts';
import { sortNewestFirst } from '../../src/lib/sort-news.ts';
import { isPublished } from '../../src/lib/visibility.ts';
import { replyToParent } from './child-task.ts';

/** What the worker posts back. */
export type PostData =
  | { problems: string[] }
  | { posts: NewsPost[]; names: [string, string][]; calendars: { path: string; text: string }[] };

async function readPostData(contentRoot: string, projectRoot: string): Promise<PostData> {
  const frontMatter = await FrontMatterCache.load(FRONT_MATTER_CACHE);
  const { news, clusters, problems } = await checkContent(contentRoot, projectRoot, { frontMatter });
  await frontMatter.save();
  if (problems.length) return { problems: problems.map(formatProblem) };
  const posts = sortNewestFirst(news.filter(isPublished)).map(({ id, data }) => ({ id, data }));
  const calendars = posts.map(makePostCalendar);
  return {
    posts,
    names: clusters.map((cluster) => [cluster.id, cluster.data.shortName]),
    calendars: [
      ...posts.map((post, index) => ({ path: postFiles.calendar(post.id), text: calendars[index]! })),
      { path: postFiles.allEvents(), text: makeAllEventsCalendar(calendars) },
    ],
  };
}

const [contentRoot, projectRoot] = process.argv.slice(2) as [string, string];
replyToParent(await readPostData(contentRoot, projectRoot));
