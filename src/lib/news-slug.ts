import { slugify } from './slugify.ts';

/**
 * Post slugs share `/news/` with year pages (`/news/2022/`) and archive pages
 * (`/news/page/2/`), so a post may not be called like either.
 */
export function isReservedNewsSlug(slug: string): boolean {
  return /^\d+$/.test(slug) || slug === 'page';
}

/**
 * The file name (without `.md`) a new post with this title gets, from `npm run new` and
 * from the web editor alike: the title transliterated by the official system, kept clear
 * of the names `/news/` uses for years and pages.
 */
export function makeNewsSlug(title: string): string {
  const base = slugify(title) || 'novina';
  return isReservedNewsSlug(base) ? `${base}-novina` : base;
}
