import type { APIRoute } from 'astro';
import { siteCardResponse } from '../../astro/cards.ts';
import { DEFAULT_LANGUAGE } from '../../astro/site.ts';

export const GET: APIRoute = () => siteCardResponse(DEFAULT_LANGUAGE);
