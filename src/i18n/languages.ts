import { bg, type Dictionary } from './bg.ts';
import { en } from './en.ts';

/**
 * The interface languages the generator speaks: one dictionary each. A site names the
 * ones it publishes in `content/site.yaml`; a third language is one more dictionary here.
 */
export const DICTIONARIES = { bg, en } satisfies Record<string, Dictionary>;

export type Language = keyof typeof DICTIONARIES;
export const LANGUAGE_CODES = Object.keys(DICTIONARIES) as [Language, ...Language[]];

/** The name of a language in another: `languageName('bg', 'en')` is „Bulgarian". */
export function nameLanguage(language: Language, inLanguage: Language): string {
  return new Intl.DisplayNames(DICTIONARIES[inLanguage].locale, { type: 'language' }).of(language) ?? language;
}
