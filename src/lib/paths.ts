/** Builds the site's internal URLs below `base` (`/` or a sub-path such as `/repo/`). */
export function createPaths(base: string) {
  const root = base.endsWith('/') ? base : `${base}/`;
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
    asset: (file: string) => `${root}${file}`,
  };
}

export type SitePaths = ReturnType<typeof createPaths>;

/**
 * Files every post has besides its page, relative to the site's root. They are written
 * by `scripts/build.ts` (`scripts/lib/post-files.ts`) beside `astro build`, not as Astro routes (see there).
 */
export const postFiles = {
  card: (slug: string) => `cards/news/${slug}.png`,
  calendar: (slug: string) => `news/${slug}/event.ics`,
  /** The calendar of every post's event. */
  allEvents: () => 'events.ics',
} as const;

/**
 * Whether a built file (a path below the site's root) is a post page: `news/<slug>/index.html`,
 * but not a year's list (`news/2022/`) or an archive page (`news/page/2/`).
 */
export const POST_PAGE_FILE = /^news\/(?!\d+\/|page\/)([^/]+)\/index\.html$/;
export const isPostPageFile = (file: string) => POST_PAGE_FILE.test(file);
