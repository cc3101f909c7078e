import type { APIRoute } from 'astro';
import { calendarResponse, makeSiteCalendar } from '../astro/calendar.ts';
import { getVisibleNews } from '../astro/collections.ts';
import { DEFAULT_LANGUAGE, contextFor } from '../astro/site.ts';

/** Every post's event as iCalendar in `astro dev`; builds write it with `scripts/build.ts` (`scripts/lib/post-files.ts`). */
export const GET: APIRoute = async () => calendarResponse(makeSiteCalendar(await getVisibleNews(), contextFor(DEFAULT_LANGUAGE).t.feeds.calendar, DEFAULT_LANGUAGE));
