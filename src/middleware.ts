import { defineMiddleware } from 'astro:middleware';
import { getContentProblems } from './astro/content-problems.ts';
import { renderProblemsPage } from './lib/content/problems-page.ts';

/**
 * In the dev server, content with problems shows them in the browser instead of a page
 * built from the last good content; a build stops on them before any page is rendered.
 */
export const onRequest = defineMiddleware((_context, next) => {
  if (!import.meta.env.DEV) return next();
  const problems = getContentProblems();
  if (!problems.length) return next();
  return new Response(renderProblemsPage(problems), { status: 500, headers: { 'content-type': 'text/html; charset=utf-8' } });
});
