import { describe, expect, it } from 'vitest';
import { joinCalendars } from '../../src/lib/calendar/join-calendars.ts';
import { makeCalendar } from '../../src/lib/calendar/make-calendar.ts';
import type { NewsPost } from '../../src/lib/news-post.ts';
import { getLocale } from '../../src/i18n/locale.ts';

const options = { name: 'Събитията от новините — Клъстерни новини', host: 'example.org', postUrl: (slug: string) => `https://example.org/news/${slug}/`, locale: getLocale('bg') };
const post = (id: string, event: Partial<NewsPost['data']['event']>): NewsPost =>
  ({
    id,
    data: {
      title: `Новина ${id}`,
      date: '2022-09-20',
      // Long enough to be folded at 75 octets, in two-byte letters.
      summary: 'Представители на клъстера обсъдиха съвместни проекти с гръцки, белгийски и канадски партньори в три поредни срещи.',
      event: { name: `Среща ${id}`, kind: 'meeting', start: '2022-09-14', city: 'Солун', country: 'GR', ...event },
    },
  }) as unknown as NewsPost;

describe('joinCalendars', () => {
  it('joins posts’ calendars into exactly the calendar of all their events', () => {
    const posts = [post('a', {}), post('b', { start: '2019-05-28', end: '2019-05-30', city: 'Монреал', country: 'CA' }), post('c', { kind: 'conference' })];
    const joined = joinCalendars(
      makeCalendar([], options),
      posts.map((p) => makeCalendar([p], options)),
    );
    expect(joined).toBe(makeCalendar(posts, options));
    expect(joined.match(/BEGIN:VEVENT/g)).toHaveLength(3);
  });

  it('writes an English calendar with English kinds and places, and a translation’s texts', () => {
    const english = makeCalendar([post('a', {})], {
      ...options,
      locale: getLocale('en'),
      textsOf: () => ({ eventName: 'Meeting a', summary: 'Cluster representatives met.' }),
    }).replace(/\r\n /g, '');
    expect(english).toContain('LOCATION:Thessaloniki\\, Greece');
    expect(english).toContain('SUMMARY:Meeting a');
    expect(english).toContain('DESCRIPTION:meeting. Cluster representatives met.');
  });

  it('refuses a calendar without events rather than dropping it', () => {
    expect(() => joinCalendars(makeCalendar([], options), [makeCalendar([], options)])).toThrow(/no event/);
  });
});
