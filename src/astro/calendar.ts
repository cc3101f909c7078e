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

/** A post's own calendar: its event, under the event's name. */
export function makePostCalendar(post: NewsPost): string {
  return makeSiteCalendar([post], post.data.event.name);
}

/** The calendar of all events, from every visible post's own calendar (see `joinCalendars`). */
export function makeAllEventsCalendar(postCalendars: readonly string[]): string {
  return joinCalendars(makeSiteCalendar([], ALL_EVENTS_NAME), postCalendars);
}

/** An iCalendar text as a response, for the dev server. */
export function calendarResponse(text: string): Response {
  return new Response(text, { headers: { 'Content-Type': 'text/calendar; charset=utf-8' } });
}
