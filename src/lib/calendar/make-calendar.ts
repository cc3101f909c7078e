import ical, { ICalCalendarMethod } from 'ical-generator';
import { EVENT_KINDS } from '../../schemas/event-kinds.ts';
import { getCountryName } from '../country-name.ts';
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
  options: { name: string; host: string; postUrl: (slug: string) => string },
): string {
  const calendar = ical({
    name: options.name,
    prodId: { company: options.host, product: 'cluster-news', language: 'BG' },
    method: ICalCalendarMethod.PUBLISH,
  });
  for (const post of posts) {
    const { event } = post.data;
    calendar.createEvent({
      id: `${post.id}@${options.host}`,
      allDay: true,
      start: utcDay(event.start),
      end: utcDay(event.end ?? event.start, 1),
      stamp: utcDay(post.data.date),
      summary: event.name,
      description: `${EVENT_KINDS[event.kind]}. ${post.data.summary}`,
      location: `${event.city}, ${getCountryName(event.country)}`,
      url: options.postUrl(post.id),
    });
  }
  return calendar.toString();
}
