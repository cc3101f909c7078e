/** Builds the site's internal URLs below `base` (`/` or a sub-path such as `/repo/`). */
export function createPaths(base: string) {
  const root = base.endsWith('/') ? base : `${base}/`;
  const page = (...segments: (string | number)[]) => `${root}${segments.map((s) => `${s}/`).join('')}`;
  return {
    home: () => root,
    archive: (pageNumber = 1) => (pageNumber === 1 ? page('news') : page('news', 'page', pageNumber)),
    year: (year: number) => page('news', year),
    post: (slug: string) => page('news', slug),
    clusters: () => page('clusters'),
    cluster: (id: string) => page('clusters', id),
    partners: () => page('partners'),
    partner: (id: string) => page('partners', id),
    topics: () => page('topics'),
    topic: (slug: string) => page('topics', slug),
    search: () => page('search'),
    map: () => page('map'),
    timeline: () => page('timeline'),
    asset: (file: string) => `${root}${file}`,
  };
}

export type SitePaths = ReturnType<typeof createPaths>;
