import { makeCalendar } from '../lib/calendar/make-calendar.ts';
import type { NewsPost } from '../lib/news-post.ts';
import { SITE_URL } from '../site-config.ts';
import { SITE_TITLE, absolute, paths } from './site.ts';

/** An .ics response for some posts' events. */
export function calendarResponse(posts: readonly NewsPost[], name: string): Response {
  const text = makeCalendar(posts, {
    name: `${name} — ${SITE_TITLE}`,
    host: new URL(SITE_URL).hostname,
    postUrl: (slug) => absolute(paths.post(slug)),
  });
  return new Response(text, { headers: { 'Content-Type': 'text/calendar; charset=utf-8' } });
}
