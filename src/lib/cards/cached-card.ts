import { createHash } from 'node:crypto';
import { access, mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { renderCard, type CardContent } from './render-card.ts';

/** Bump when the card design or encoding changes, so cached cards of the old one are not reused. */
const DESIGN_VERSION = 3;

/** The cache key of a card: a hash of everything drawn on it and of the design version. */
export function hashCard(content: CardContent): string {
  return createHash('sha256').update(JSON.stringify([DESIGN_VERSION, content])).digest('hex').slice(0, 24);
}

/**
 * The cache file of a card, rendered first only when no card with these inputs is cached,
 * so an unchanged post never re-renders its card. `onRender` reports actual renders.
 */
export async function ensureCardFile(content: CardContent, cacheDir: string, onRender?: () => void): Promise<string> {
  const file = join(cacheDir, `${hashCard(content)}.png`);
  if (await access(file).then(() => true, () => false)) return file;
  onRender?.();
  const card = await renderCard(content);
  await mkdir(cacheDir, { recursive: true });
  // Renamed into place, so a build stopped while writing never leaves half a card to be reused.
  const partial = `${file}.${process.pid}.partial`;
  await writeFile(partial, card);
  await rename(partial, file);
  return file;
}

/** A card's PNG, from the cache or rendered (see `ensureCardFile`). */
export async function getCard(content: CardContent, cacheDir: string, onRender?: () => void): Promise<Buffer> {
  return readFile(await ensureCardFile(content, cacheDir, onRender));
}
