import { z } from 'astro/zod';

const regionNames = new Intl.DisplayNames('bg', { type: 'region', fallback: 'none' });

/**
 * True for an upper-case ISO 3166-1 alpha-2 code that ICU knows, plus `EU`
 * (exceptionally reserved in ISO 3166-1) for European bodies and networks.
 */
export function isCountryCode(code: string): boolean {
  return /^[A-Z]{2}$/.test(code) && regionNames.of(code) !== undefined;
}

/** Schema for a country as an ISO 3166-1 alpha-2 code such as `BG` or `GR`. */
export const countryCodeSchema = z
  .string({ error: 'очаква се двубуквен код на държава' })
  .trim()
  .refine(isCountryCode, { error: 'непознат код на държава (ISO 3166-1 alpha-2)' });
