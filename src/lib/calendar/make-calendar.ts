import ical, { ICalCalendarMethod } from 'ical-generator';
import type { Locale } from '../../i18n/locale.ts';
import type { NewsPost } from '../news-post.ts';

/** A calendar date at midnight UTC, and the day after it. */
const utcDay = (date: string, plusDays = 0) => {
  const day = new Date(`${date}T00:00:00Z`);
  day.setUTCDate(day.getUTCDate() + plusDays);
  return day;
};

/**
 * An iCalendar (RFC 5545) file of the events posts report, through ical-generator, which
 * folds lines at 75 octets and escapes text. Events are all-day: DTEND is the day after
 * the last day, as the RFC requires. UIDs derive from the post slug and the site host,
 * so they stay the same across builds.
 */
export function makeCalendar(
  posts: readonly NewsPost[],
  options: { name: string; host: string; postUrl: (slug: string) => string; locale: Locale; textsOf?: (post: NewsPost) => { eventName: string; summary: string } },
): string {
  const calendar = ical({
    name: options.name,
    prodId: { company: options.host, product: 'cluster-news', language: options.locale.language.toUpperCase() },
    method: ICalCalendarMethod.PUBLISH,
  });
  for (const post of posts) {
    const { event } = post.data;
    const texts = options.textsOf?.(post) ?? { eventName: event.name, summary: post.data.summary };
    calendar.createEvent({
      id: `${post.id}@${options.host}`,
      allDay: true,
      start: utcDay(event.start),
      end: utcDay(event.end ?? event.start, 1),
      stamp: utcDay(post.data.date),
      summary: texts.eventName,
      description: `${options.locale.t.eventKinds[event.kind]}. ${texts.summary}`,
      location: options.locale.formatPlace(event),
      url: options.postUrl(post.id),
    });
  }
  return calendar.toString();
}
