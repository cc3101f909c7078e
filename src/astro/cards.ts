import { getCard } from '../node/cards/cached-card.ts';
import type { CardContent } from '../node/cards/render-card.ts';
import { postFiles } from '../lib/paths.ts';
import { STORES } from '../node/stores.ts';
import type { Language } from '../i18n/languages.ts';
import { DEFAULT_LANGUAGE, identityIn, paths, pathsFor } from './site.ts';

/**
 * The URL of a post's card, or of the site's card in a language. A post has a card in a
 * language other than the default only where it is translated into it (`translated`).
 */
export const cardPath = (slug?: string, language: Language = DEFAULT_LANGUAGE, translated = false) => {
  if (!slug) return pathsFor(language).file('cards/site.png');
  return paths.asset(postFiles.card(slug, language !== DEFAULT_LANGUAGE && translated ? `${language}/` : ''));
};

/** The site's card in a language: its tagline, description and name. */
export function siteCardResponse(language: Language): Promise<Response> {
  const site = identityIn(language);
  return cardResponse({ title: site.tagline, meta: site.description, siteName: site.name });
}

export async function cardResponse(content: CardContent): Promise<Response> {
  const card = await getCard(content, STORES.cards.path);
  return new Response(new Uint8Array(card), { headers: { 'Content-Type': 'image/png' } });
}
