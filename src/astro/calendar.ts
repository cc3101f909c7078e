import type { Language } from '../i18n/languages.ts';
import { joinCalendars } from '../lib/calendar/join-calendars.ts';
import { makeCalendar } from '../lib/calendar/make-calendar.ts';
import type { NewsPost } from '../lib/news-post.ts';
import { SITE_URL } from '../site-config.ts';
import { absolute, contextFor } from './site.ts';

/** An event's name and the post's summary in the calendar's language, where a translation gives them. */
export type CalendarTexts = (post: NewsPost) => { eventName: string; summary: string };

/** The site's iCalendar text for some posts' events, in a language. */
export function makeSiteCalendar(posts: readonly NewsPost[], name: string, language: Language, textsOf?: CalendarTexts): string {
  const { site, paths } = contextFor(language);
  return makeCalendar(posts, {
    name: `${name} — ${site.name}`,
    host: new URL(SITE_URL).hostname,
    postUrl: (slug) => absolute(paths.post(slug)),
    locale: contextFor(language),
    ...(textsOf ? { textsOf } : {}),
  });
}

/** A post's own calendar: its event, under the event's name. */
export function makePostCalendar(post: NewsPost, language: Language, textsOf?: CalendarTexts): string {
  return makeSiteCalendar([post], textsOf?.(post).eventName ?? post.data.event.name, language, textsOf);
}

/** The calendar of all events, from every visible post's own calendar in that language (see `joinCalendars`). */
export function makeAllEventsCalendar(postCalendars: readonly string[], language: Language): string {
  return joinCalendars(makeSiteCalendar([], contextFor(language).t.feeds.calendar, language), postCalendars);
}

/** An iCalendar text as a response, for the dev server. */
export function calendarResponse(text: string): Response {
  return new Response(text, { headers: { 'Content-Type': 'text/calendar; charset=utf-8' } });
}
