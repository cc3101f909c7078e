import type { APIRoute, GetStaticPaths } from 'astro';
import { calendarResponse, makePostCalendar } from '../astro/calendar.ts';
import { getVisibleNews } from '../astro/collections.ts';
import { DEFAULT_LANGUAGE } from '../astro/site.ts';

/** A post's event as iCalendar in `astro dev`; builds write them with `scripts/build.ts` (`scripts/lib/post-files.ts`). */
export const getStaticPaths = (async () => (await getVisibleNews()).map((post) => ({ params: { slug: post.id }, props: { post } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) => calendarResponse(makePostCalendar(props.post, DEFAULT_LANGUAGE));
