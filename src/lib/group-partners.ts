import { getCountryName } from './country-name.ts';

export interface CountryGroup<T> {
  code: string;
  name: string;
  partners: T[];
}

const collator = new Intl.Collator('bg');

/** Partners grouped by country, countries and partners in alphabetical order (Bulgarian collation). */
export function groupPartnersByCountry<T extends { id: string; data: { name: string; country: string } }>(
  partners: readonly T[],
): CountryGroup<T>[] {
  const groups = new Map<string, T[]>();
  for (const partner of partners) {
    groups.set(partner.data.country, [...(groups.get(partner.data.country) ?? []), partner]);
  }
  return [...groups]
    .map(([code, members]) => ({
      code,
      name: getCountryName(code),
      partners: members.sort((a, b) => collator.compare(a.data.name, b.data.name)),
    }))
    .sort((a, b) => collator.compare(a.name, b.name));
}
