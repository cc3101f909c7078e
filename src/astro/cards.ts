import { getCard } from '../node/cards/cached-card.ts';
import type { CardContent } from '../node/cards/render-card.ts';
import { postFiles } from '../lib/paths.ts';
import { STORES } from '../node/stores.ts';
import { paths } from './site.ts';

/** The URL of a post's card, or of the site-wide card. */
export const cardPath = (slug?: string) => paths.asset(slug ? postFiles.card(slug) : 'cards/site.png');

export async function cardResponse(content: CardContent): Promise<Response> {
  const card = await getCard(content, STORES.cards.path);
  return new Response(new Uint8Array(card), { headers: { 'Content-Type': 'image/png' } });
}
