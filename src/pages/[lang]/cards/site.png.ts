import type { APIRoute } from 'astro';
import { siteCardResponse } from '../../../astro/cards.ts';
import type { Language } from '../../../i18n/languages.ts';
import { otherLanguagePages } from '../../../astro/routes.ts';

export const getStaticPaths = otherLanguagePages;

export const GET: APIRoute = ({ params }) => siteCardResponse(params.lang as Language);
