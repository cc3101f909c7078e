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
import { makePostCardContent } from '../../src/lib/cards/post-card.ts';
import { nameIn } from '../../src/lib/names-in-language.ts';
import type { NewsPost } from '../../src/lib/news-post.ts';
import { checkContent } from '../../src/node/content/check-content.ts';
import { writeCheckedContent } from '../../src/node/content/checked-content.ts';
import { formatProblem } from '../../src/lib/content/problem.ts';
import { postFiles } from '../../src/lib/paths.ts';
import { sortNewestFirst } from '../../src/lib/sort-news.ts';
import { isPublished } from '../../src/lib/visibility.ts';
import { cacheTexts } from './cache-texts.ts';
import type { CardToDraw } from './card-drawer-worker.ts';
import { answerParent } from './child-task.ts';

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
  // Only now: the site's identity is read on import, and a broken `site.yaml` is one of the problems above.
  const { makeAllEventsCalendar, makePostCalendar } = await import('../../src/astro/calendar.ts');
  const { DEFAULT_LANGUAGE, LANGUAGES, contextFor } = await import('../../src/astro/site.ts');
  // Astro's loader takes the entries from here rather than checking every file again.
  await writeCheckedContent(checkedDir, check);
  const posts = sortNewestFirst(news.filter(isPublished));
  const cards: CardToDraw[] = [];
  const calendars: { path: string; text: string }[] = [];
  // Every language gets each post's calendar (its facts are every language's); a card of its
  // own only where the post is translated: elsewhere the page shows the original's card.
  for (const language of LANGUAGES) {
    const prefix = language === DEFAULT_LANGUAGE ? '' : `${language}/`;
    const locale = contextFor(language);
    const translations = new Map(check.translations.filter((entry) => entry.id.startsWith(prefix)).map((entry) => [entry.id.slice(prefix.length), entry.data]));
    const names = new Map(clusters.map((cluster) => [cluster.id, nameIn(cluster.data.shortName, cluster.data.translations[language]?.shortName, language, DEFAULT_LANGUAGE)]));
    const textsOf = (post: NewsPost) => {
      const translation = translations.get(post.id);
      return { eventName: translation?.event.name ?? post.data.event.name, summary: translation?.summary ?? post.data.summary };
    };
    const postCalendars = posts.map((post) => makePostCalendar(post, language, textsOf));
    calendars.push(...posts.map((post, index) => ({ path: postFiles.calendar(post.id, prefix), text: postCalendars[index]! })));
    calendars.push({ path: postFiles.allEvents(prefix), text: makeAllEventsCalendar(postCalendars, language) });
    for (const post of posts) {
      const translation = translations.get(post.id);
      if (prefix && !translation) continue;
      const clusterName = names.get(post.data.cluster.id) ?? post.data.cluster.id;
      cards.push({ path: postFiles.card(post.id, prefix), content: makePostCardContent(post, clusterName, locale.site.name, locale, translation?.title) });
    }
  }
  return { cards, calendars: await cacheTexts(calendars, calendarDir, '.ics') };
}

const [contentRoot, projectRoot, calendarDir, checkedDir] = process.argv.slice(2) as [string, string, string, string];
await answerParent(() => readPostData(contentRoot, projectRoot, calendarDir, checkedDir));
