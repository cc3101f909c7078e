import type { APIRoute } from 'astro';
import { ALL_EVENTS_NAME, calendarResponse, makeSiteCalendar } from '../astro/calendar.ts';
import { getVisibleNews } from '../astro/collections.ts';

/** Every post's event as iCalendar in `astro dev`; builds write it with `scripts/build.ts` (`scripts/lib/post-files.ts`). */
export const GET: APIRoute = async () => calendarResponse(makeSiteCalendar(await getVisibleNews(), ALL_EVENTS_NAME));
