/**
 * Child process of `post-files.ts`: draws social cards into the card cache unless a card
 * with the same content is cached, and posts back where each card is. Drawing thousands
 * of cards grows the heap, which V8 and the allocator keep until the process ends: the
 * build would then hold it, idle, while Astro writes its last pages, the build's moment of
 * peak memory. In a child of its own, it goes once the cards are drawn.
 */
import { once } from 'node:events';
import { CacheFolder, isCompletePng } from '../../src/node/cached-file.ts';
import { ensureCardFile } from '../../src/node/cards/cached-card.ts';
import type { CardContent } from '../../src/node/cards/render-card.ts';
import { mapConcurrently } from '../../src/lib/map-concurrently.ts';
import { answerParent } from './child-task.ts';

/** A card to draw: what it shows and where it goes in the site. */
export interface CardToDraw {
  path: string;
  content: CardContent;
}

/** What the drawer is given. */
export interface CardOrder {
  cards: CardToDraw[];
  /** The folder of the card cache. */
  cardCache: string;
}

/** What the drawer posts back. */
export interface DrawnCards {
  /** Each card as the card cache's file and where it goes in the site, in the order given. */
  cards: { path: string; cached: string }[];
  /** Cards drawn in this run; the others came from the cache. */
  rendered: number;
}

/** Cards drawn at once: sharp draws off the main thread, so a few overlap (the same figure as Astro's `build.concurrency`). */
const CARD_CONCURRENCY = 4;

async function drawCards({ cards, cardCache }: CardOrder): Promise<DrawnCards> {
  let rendered = 0;
  const cache = await CacheFolder.open(cardCache, { isComplete: isCompletePng });
  const drawn = await mapConcurrently(cards, CARD_CONCURRENCY, async (card) => ({
    path: card.path,
    cached: await ensureCardFile(card.content, cache, () => rendered++),
  }));
  return { cards: drawn, rendered };
}

const [order] = (await once(process, 'message')) as [CardOrder];
await answerParent(() => drawCards(order));
