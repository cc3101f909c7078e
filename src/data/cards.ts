import { getCard } from '../lib/cards/cached-card.ts';
import type { CardContent } from '../lib/cards/render-card.ts';
import { postFiles } from '../lib/paths.ts';
import { CARD_CACHE } from './build-caches.ts';
import { paths } from './site.ts';

/** The URL of a post's card, or of the site-wide card. */
export const cardPath = (slug?: string) => paths.asset(slug ? postFiles.card(slug) : 'cards/site.png');

export async function cardResponse(content: CardContent): Promise<Response> {
  const card = await getCard(content, CARD_CACHE);
  return new Response(new Uint8Array(card), { headers: { 'Content-Type': 'image/png' } });
}
