import { createHash } from 'node:crypto';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { renderCard, type CardContent } from './render-card.ts';

/** Bump when the card design changes, so cached cards of the old design are not reused. */
const DESIGN_VERSION = 2;

/** The cache key of a card: a hash of everything drawn on it and of the design version. */
export function hashCard(content: CardContent): string {
  return createHash('sha256').update(JSON.stringify([DESIGN_VERSION, content])).digest('hex').slice(0, 24);
}

/**
 * A card from the cache when its inputs are unchanged, else rendered and cached, so an
 * unchanged post never re-renders its card. `onRender` reports actual renders.
 */
export async function getCard(content: CardContent, cacheDir: string, onRender?: () => void): Promise<Buffer> {
  const file = join(cacheDir, `${hashCard(content)}.png`);
  const cached = await readFile(file).catch(() => undefined);
  if (cached) return cached;
  onRender?.();
  const card = await renderCard(content);
  await mkdir(cacheDir, { recursive: true });
  await writeFile(file, card);
  return card;
}
