/**
 * Post slugs share `/news/` with year pages (`/news/2022/`) and archive pages
 * (`/news/page/2/`), so a post may not be called like either.
 */
export function isReservedNewsSlug(slug: string): boolean {
  return /^\d+$/.test(slug) || slug === 'page';
}
