import type { APIRoute, GetStaticPaths } from 'astro';
import { FEED_FILES } from '../../astro/feeds.ts';
import { OTHER_LANGUAGES } from '../../astro/site.ts';
import type { Language } from '../../i18n/languages.ts';

export const getStaticPaths = (() =>
  OTHER_LANGUAGES.flatMap((lang) => Object.keys(FEED_FILES).map((feed) => ({ params: { lang, feed } })))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params }) => FEED_FILES[params.feed as keyof typeof FEED_FILES](params.lang as Language);
