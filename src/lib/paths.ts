/**
 * Builds the site's internal URLs below `base` (`/` or a sub-path such as `/repo/`); the
 * pages of a language other than the default one live below its code (`language: 'en'`).
 */
export function createPaths(base: string, language?: string) {
  const site = base.endsWith('/') ? base : `${base}/`;
  const root = language ? `${site}${language}/` : site;
  const page = (...segments: (string | number)[]) => `${root}${segments.map((s) => `${s}/`).join('')}`;
  /** A list's first page is its own URL; later pages live below it at `page/N/`. */
  const paged = (segments: (string | number)[], pageNumber: number) =>
    pageNumber === 1 ? page(...segments) : page(...segments, 'page', pageNumber);
  return {
    home: () => root,
    archive: (pageNumber = 1) => paged(['news'], pageNumber),
    year: (year: number, pageNumber = 1) => paged(['news', year], pageNumber),
    post: (slug: string) => page('news', slug),
    clusters: () => page('clusters'),
    cluster: (id: string, pageNumber = 1) => paged(['clusters', id], pageNumber),
    partners: () => page('partners'),
    partner: (id: string, pageNumber = 1) => paged(['partners', id], pageNumber),
    topics: () => page('topics'),
    topic: (slug: string, pageNumber = 1) => paged(['topics', slug], pageNumber),
    /** The search page, optionally with a query string from `serializeSearchState`. */
    search: (query = '') => `${page('search')}${query}`,
    map: () => page('map'),
    timeline: () => page('timeline'),
    /** A file of this language's edition: its feeds and calendars (`rss.xml`, `news/<slug>/event.ics`). */
    file: (file: string) => `${root}${file}`,
    /** A file shared by every language (scripts, icons, the sitemap). */
    asset: (file: string) => `${site}${file}`,
  };
}

export type SitePaths = ReturnType<typeof createPaths>;

/**
 * Files every post has besides its page, relative to the site's root. They are written
 * by `scripts/build.ts` (`scripts/lib/post-files.ts`) beside `astro build`, not as Astro routes (see there).
 */
export const postFiles = {
  /** A post's social card; `prefix` is a language's folder (`en/`) for the card of its translation. */
  card: (slug: string, prefix = '') => `${prefix}cards/news/${slug}.png`,
  /** A post's event as iCalendar, in the default language or below a language's folder. */
  calendar: (slug: string, prefix = '') => `${prefix}news/${slug}/event.ics`,
  /** The calendar of every post's event. */
  allEvents: (prefix = '') => `${prefix}events.ics`,
} as const;

/**
 * Whether a built file (a path below the site's root) is a post page: `news/<slug>/index.html`,
 * but not a year's list (`news/2022/`) or an archive page (`news/page/2/`).
 */
export const POST_PAGE_FILE = /^news\/(?!\d+\/|page\/)([^/]+)\/index\.html$/;
export const isPostPageFile = (file: string) => POST_PAGE_FILE.test(file);
