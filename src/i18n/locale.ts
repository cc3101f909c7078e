import type { IsoDate } from '../schemas/iso-date.ts';
import type { NewsData } from '../schemas/news.ts';
import { getCountryName } from '../lib/country-name.ts';
import { formatDate, formatDateRange } from '../lib/format-date.ts';
import { nameCity } from '../lib/names-in-language.ts';
import type { Dictionary } from './bg.ts';
import { DICTIONARIES, nameLanguage, type Language } from './languages.ts';

/** Everything a page needs to speak one language: its words and how it writes facts. */
export interface Locale {
  language: Language;
  t: Dictionary;
  /** „14 септември 2022 г.", „14 September 2022". */
  formatDate(date: IsoDate): string;
  /** „5–7 юни 2019 г.", „5–7 June 2019". */
  formatDateRange(start: IsoDate, end?: IsoDate): string;
  /** „Гърция", „Greece". */
  nameCountry(code: string): string;
  /** „Солун", „Thessaloniki". */
  nameCity(city: string): string;
  /** „Солун, Гърция", „Thessaloniki, Greece". */
  formatPlace(event: Pick<NewsData['event'], 'city' | 'country'>): string;
  /** „a, b и c", „a, b and c". */
  formatList(items: readonly string[]): string;
  /** Another language's name in this one: „английски", „Bulgarian". */
  nameLanguage(other: Language): string;
  /** Sorts names as this language's readers expect. */
  compare(a: string, b: string): number;
}

const locales = new Map<Language, Locale>();

/** The locale of a language, made once. */
export function getLocale(language: Language): Locale {
  let locale = locales.get(language);
  if (locale) return locale;
  const t = DICTIONARIES[language];
  const list = new Intl.ListFormat(t.locale, { type: 'conjunction' });
  const collator = new Intl.Collator(t.locale);
  const city = (name: string) => nameCity(name, language);
  const country = (code: string) => getCountryName(code, t.locale);
  locale = {
    language,
    t,
    formatDate: (date) => formatDate(date, t.locale),
    formatDateRange: (start, end) => formatDateRange(start, end, t.locale),
    nameCountry: country,
    nameCity: city,
    formatPlace: (event) => `${city(event.city)}, ${country(event.country)}`,
    formatList: (items) => list.format(items),
    nameLanguage: (other) => nameLanguage(other, language),
    compare: (a, b) => collator.compare(a, b),
  };
  locales.set(language, locale);
  return locale;
}
