import type { Locale } from '../i18n/locale.ts';

export interface CountryGroup<T> {
  code: string;
  name: string;
  partners: T[];
}

/** Partners grouped by country, countries and partners in the alphabetical order of the page's language. */
export function groupPartnersByCountry<T extends { id: string; data: { name: string; country: string } }>(
  partners: readonly T[],
  locale: Locale,
): CountryGroup<T>[] {
  const groups = new Map<string, T[]>();
  for (const partner of partners) {
    groups.set(partner.data.country, [...(groups.get(partner.data.country) ?? []), partner]);
  }
  return [...groups]
    .map(([code, members]) => ({
      code,
      name: locale.nameCountry(code),
      partners: members.sort((a, b) => locale.compare(a.data.name, b.data.name)),
    }))
    .sort((a, b) => locale.compare(a.name, b.name));
}
