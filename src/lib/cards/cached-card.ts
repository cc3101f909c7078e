import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { CacheFolder, ensureCachedFile } from '../cached-file.ts';
import { renderCard, type CardContent } from './render-card.ts';

/** Bump when the card design or encoding changes, so cached cards of the old one are not reused. */
const DESIGN_VERSION = 3;

/** The cache key of a card: a hash of everything drawn on it and of the design version. */
export function hashCard(content: CardContent): string {
  return createHash('sha256').update(JSON.stringify([DESIGN_VERSION, content])).digest('hex').slice(0, 24);
}

/**
 * The cache file of a card, rendered first only when no card with these inputs is cached,
 * so an unchanged post never re-renders its card; `cache` is the cache folder, or that
 * folder listed once (see `CacheFolder`). `onRender` reports actual renders.
 */
export async function ensureCardFile(content: CardContent, cache: string | CacheFolder, onRender?: () => void): Promise<string> {
  const name = `${hashCard(content)}.png`;
  const make = () => renderCard(content);
  return typeof cache === 'string' ? ensureCachedFile(cache, name, make, onRender) : cache.ensure(name, make, onRender);
}

/** A card's PNG, from the cache or rendered (see `ensureCardFile`). */
export async function getCard(content: CardContent, cacheDir: string, onRender?: () => void): Promise<Buffer> {
  return readFile(await ensureCardFile(content, cacheDir, onRender));
}
