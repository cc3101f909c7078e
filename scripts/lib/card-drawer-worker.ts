/**
 * Child process of `post-files.ts`: draws each visible post's social card into the card
 * cache unless a card with the same content is cached, and posts back where each card
 * is. Drawing 10,000 cards grew the drawer's heap to 330–440 MB, which V8 kept until the
 * process ended: the drawer then held it, idle, while Astro wrote the last pages, the
 * build's moment of peak memory. In a child of its own, it goes once the cards are drawn.
 */
import { once } from 'node:events';
import { SITE_TITLE } from '../../src/data/site.ts';
import { ensureCardFile } from '../../src/lib/cards/cached-card.ts';
import { makePostCardContent } from '../../src/lib/cards/post-card.ts';
import { mapConcurrently } from '../../src/lib/map-concurrently.ts';
import type { NewsPost } from '../../src/lib/news-post.ts';
import { postFiles } from '../../src/lib/paths.ts';
import { replyToParent } from './child-task.ts';

/** What the drawer is given. */
export interface CardOrder {
  /** The posts whose cards are wanted. */
  posts: NewsPost[];
  /** Each cluster's short name, by cluster id. */
  names: [string, string][];
  /** The folder of the card cache. */
  cardCache: string;
}

/** What the drawer posts back. */
export interface DrawnCards {
  /** Each card as the card cache's file and where it goes in the site. */
  cards: { path: string; cached: string }[];
  /** Cards drawn in this run; the others came from the cache. */
  rendered: number;
}

/** Cards drawn at once: sharp draws off the main thread, so a few overlap (the same figure as Astro's `build.concurrency`). */
const CARD_CONCURRENCY = 4;

async function drawCards({ posts, names, cardCache }: CardOrder): Promise<DrawnCards> {
  const shortNames = new Map(names);
  let rendered = 0;
  const cards = await mapConcurrently(posts, CARD_CONCURRENCY, async (post) => ({
    path: postFiles.card(post.id),
    cached: await ensureCardFile(makePostCardContent(post, shortNames.get(post.data.cluster.id) ?? post.data.cluster.id, SITE_TITLE), cardCache, () => rendered++),
  }));
  return { cards, rendered };
}

const [order] = (await once(process, 'message')) as [CardOrder];
replyToParent(await drawCards(order));
