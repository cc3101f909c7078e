import type { APIRoute } from 'astro';
import { calendarResponse } from '../data/calendar.ts';
import { getVisibleNews } from '../data/collections.ts';

export const GET: APIRoute = async () => calendarResponse(await getVisibleNews(), 'Събитията от новините');
