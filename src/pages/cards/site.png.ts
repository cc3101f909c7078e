import type { APIRoute } from 'astro';
import { cardResponse } from '../../astro/cards.ts';
import { SITE_DESCRIPTION, SITE_TITLE } from '../../astro/site.ts';

export const GET: APIRoute = () =>
  cardResponse({ title: 'Новините на българските иновационни клъстери', meta: SITE_DESCRIPTION, siteName: SITE_TITLE });
