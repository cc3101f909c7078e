import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { ensureCachedFile, isCompletePng, type CacheFolder } from '../cached-file.ts';
import { storeVersion } from '../stores.ts';
import { renderCard, type CardContent } from './render-card.ts';

/** The cache key of a card: a hash of everything drawn on it and of the code that draws it. */
export function hashCard(content: CardContent): string {
  return createHash('sha256').update(JSON.stringify([storeVersion('cards'), content])).digest('hex').slice(0, 24);
}

/** A card's file name in the card cache: its content address. */
const cardFileName = (content: CardContent) => `${hashCard(content)}.png`;

/**
 * The cache file of a card in the card cache (listed once, see `CacheFolder`), rendered
 * first only when no card with these inputs is cached, so an unchanged post never
 * re-renders its card. `onRender` reports actual renders.
 */
export function ensureCardFile(content: CardContent, cache: CacheFolder, onRender?: () => void): Promise<string> {
  return cache.ensure(cardFileName(content), () => renderCard(content), onRender);
}

/** One card's PNG, from the cache folder `cacheDir` or rendered into it (see `ensureCachedFile`). */
export async function getCard(content: CardContent, cacheDir: string, onRender?: () => void): Promise<Buffer> {
  return readFile(await ensureCachedFile(cacheDir, cardFileName(content), () => renderCard(content), onRender, isCompletePng));
}
