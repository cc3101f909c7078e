import countries from 'i18n-iso-countries';
import { isCountryCode } from '../../schemas/country-code.ts';
import { getCountryName } from '../country-name.ts';

const collator = new Intl.Collator('bg');

/**
 * Every country code the schema accepts, with its Bulgarian name, in Bulgarian alphabetical
 * order: ISO 3166-1's codes (from i18n-iso-countries) and `EU` for European bodies.
 */
export function listCountries(): { code: string; name: string }[] {
  return [...Object.keys(countries.getAlpha2Codes()), 'EU']
    .filter(isCountryCode)
    .map((code) => ({ code, name: getCountryName(code, 'bg') }))
    .sort((a, b) => collator.compare(a.name, b.name));
}
