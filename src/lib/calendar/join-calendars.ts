const END = 'END:VCALENDAR';
const FIRST_EVENT = 'BEGIN:VEVENT';

/**
 * One calendar of every event in some calendars, under the header of `shell` (a
 * calendar without events). Each post's calendar is made anyway, and joining their
 * events is the same text as making the whole calendar again (tested), without making
 * every event twice.
 */
export function joinCalendars(shell: string, calendars: readonly string[]): string {
  const events = calendars.map((calendar) => {
    const start = calendar.indexOf(FIRST_EVENT);
    const end = calendar.lastIndexOf(END);
    if (start === -1 || end === -1) throw new Error('a calendar to join has no event');
    return calendar.slice(start, end);
  });
  const end = shell.lastIndexOf(END);
  if (end === -1) throw new Error('the shell is not a calendar');
  return `${shell.slice(0, end)}${events.join('')}${shell.slice(end)}`;
}
