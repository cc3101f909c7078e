import { ENGLISH_CITY_NAMES } from './import/gazetteer.ts';
import { transliterate } from './transliterate.ts';

/**
 * A city, written in Bulgarian in the posts, as a page in `language` names it: Солун is
 * „Thessaloniki" in English (from the gazetteer); a city the gazetteer does not know is
 * transliterated by the official system, the one way to write it that invents nothing.
 */
export function nameCity(city: string, language: string): string {
  if (language === 'bg') return city;
  if (language === 'en') return ENGLISH_CITY_NAMES[city] ?? transliterate(city);
  return transliterate(city);
}
