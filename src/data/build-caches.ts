import { dirname, join } from 'node:path';

/** Where rendered cards are kept between builds (`CARD_CACHE_DIR` to move it); CI restores it with the Astro cache. */
export const CARD_CACHE = process.env.CARD_CACHE_DIR ?? join(process.cwd(), 'node_modules/.cache/cluster-news/cards');

/** Where each post's calendar is kept between builds: beside the cards, so CI's cache step and `CARD_CACHE_DIR` cover both. */
export const CALENDAR_CACHE = join(dirname(CARD_CACHE), 'calendars.json');

/** Where the search index's shards are kept between builds, each under its content address (see `plan-shards.ts`). */
export const SEARCH_CACHE = join(dirname(CARD_CACHE), 'search');
