import { dirname, join, resolve } from 'node:path';

/** Where rendered cards are kept between builds (`CARD_CACHE_DIR` to move it); CI restores it with the Astro cache. */
export const CARD_CACHE = process.env.CARD_CACHE_DIR ?? join(process.cwd(), 'node_modules/.cache/cluster-news/cards');

/** Where this build's calendars are put before they go into the site, each under its content address (see `cacheTexts`). */
export const CALENDAR_CACHE = join(dirname(CARD_CACHE), 'calendars');

/** Where the search index's shards are kept between builds, each under its content address (see `plan-shards.ts`). */
export const SEARCH_CACHE = join(dirname(CARD_CACHE), 'search');

/** Astro's own cache (`ASTRO_CACHE_DIR` to move it): its content store and its record of the last build's pages. */
export const ASTRO_CACHE = resolve(process.env.ASTRO_CACHE_DIR ?? join(process.cwd(), 'node_modules/.astro'));

/** The pages of the last build by hash, and which of them it changed (see `scripts/lib/changed-pages.ts`). */
export const CHANGED_PAGES = join(dirname(CARD_CACHE), 'changed-pages.json');

/** Related-post lists of the last build, under a key of what decides them (see `findAllRelatedPosts`). */
export const RELATED_CACHE = join(dirname(CARD_CACHE), 'related.json');

/** Parsed front matter of the posts, by a hash of each file (see `FrontMatterCache`); read by Astro's loader and the card drawer's check. */
export const FRONT_MATTER_CACHE = join(dirname(CARD_CACHE), 'front-matter.json');

/** Set (to `1`) by `scripts/build.ts` for `astro build`: Astro must not empty its new output folder, which the cards go into while Astro renders. */
export const KEEP_SITE_ENV = 'CLUSTER_NEWS_KEEP_SITE';

/** Set by `scripts/build.ts` for `astro build` to a file where the page list goes (see `src/integrations/page-list.ts`). */
export const PAGE_LIST_ENV = 'CLUSTER_NEWS_PAGE_LIST';

/** Where the content loader keeps each post's rendered body, beside Astro's content store (see `PostBodies`). */
export const POST_BODIES = join(ASTRO_CACHE, 'post-bodies.sqlite');
