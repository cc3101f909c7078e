import { joinCalendars } from '../lib/calendar/join-calendars.ts';
import { makeCalendar } from '../lib/calendar/make-calendar.ts';
import type { NewsPost } from '../lib/news-post.ts';
import { SITE_URL } from '../site-config.ts';
import { SITE_TITLE, absolute, paths } from './site.ts';

/** Name of the calendar of every post's event. */
export const ALL_EVENTS_NAME = 'Събитията от новините';

/** The site's iCalendar text for some posts' events. */
export function makeSiteCalendar(posts: readonly NewsPost[], name: string): string {
  return makeCalendar(posts, {
    name: `${name} — ${SITE_TITLE}`,
    host: new URL(SITE_URL).hostname,
    postUrl: (slug) => absolute(paths.post(slug)),
  });
}

/** The calendar of all events, from every visible post's own calendar (see `joinCalendars`). */
export function makeAllEventsCalendar(postCalendars: readonly string[]): string {
  return joinCalendars(makeSiteCalendar([], ALL_EVENTS_NAME), postCalendars);
}

/** An .ics response for some posts' events. */
export function calendarResponse(posts: readonly NewsPost[], name: string): Response {
  return new Response(makeSiteCalendar(posts, name), { headers: { 'Content-Type': 'text/calendar; charset=utf-8' } });
}
