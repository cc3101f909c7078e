import type { APIRoute, GetStaticPaths } from 'astro';
import { FEED_FILES } from '../astro/feeds.ts';
import { DEFAULT_LANGUAGE } from '../astro/site.ts';

export const getStaticPaths = (() =>
  Object.keys(FEED_FILES).map((feed) => ({ params: { feed } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params }) => FEED_FILES[params.feed as keyof typeof FEED_FILES](DEFAULT_LANGUAGE);
