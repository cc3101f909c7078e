import { bg, type Dictionary } from './bg.ts';
import { en } from './en.ts';

/**
 * The interface languages the generator speaks: one dictionary each. A site names the
 * ones it publishes in `content/site.yaml`; a third language is one more dictionary here.
 */
export const DICTIONARIES = { bg, en } satisfies Record<string, Dictionary>;

export type Language = keyof typeof DICTIONARIES;
export const LANGUAGE_CODES = Object.keys(DICTIONARIES) as [Language, ...Language[]];

const namers = new Map<Language, Intl.DisplayNames>();

/** The name of a language in another: `nameLanguage('bg', 'en')` is „Bulgarian". */
export function nameLanguage(language: Language, inLanguage: Language): string {
  // One namer per language: making one costs more than a post page's other facts.
  let namer = namers.get(inLanguage);
  if (!namer) namers.set(inLanguage, (namer = new Intl.DisplayNames(DICTIONARIES[inLanguage].locale, { type: 'language' })));
  return namer.of(language) ?? language;
}
