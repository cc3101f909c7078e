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

/**
 * A name (of a cluster, a partner, a person) on a page in `language`, from content written
 * in `contentLanguage`: its own translation, else the name as written, else, from Bulgarian
 * content into another language, the name transliterated by the official system: never a
 * machine-invented translation.
 */
export function nameIn(name: string, translated: string | undefined, language: string, contentLanguage: string): string {
  if (translated) return translated;
  if (language === contentLanguage || contentLanguage !== 'bg') return name;
  return transliterate(name);
}
