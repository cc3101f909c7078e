import { transliterate } from './transliterate.ts';

/** Longest slug in characters; longer titles are cut at a word boundary. */
export const MAX_SLUG_LENGTH = 60;

/**
 * Turns a Bulgarian title into an ASCII URL slug: transliterated by the 2009 system,
 * lower case, words joined by hyphens, at most {@link MAX_SLUG_LENGTH} characters.
 */
export function slugify(text: string): string {
  const words = transliterate(text)
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
  let slug = '';
  for (const word of words) {
    const next = slug ? `${slug}-${word}` : word;
    if (next.length > MAX_SLUG_LENGTH && slug) break;
    slug = next.slice(0, MAX_SLUG_LENGTH);
  }
  return slug;
}
