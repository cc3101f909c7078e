const regionNames = new Intl.DisplayNames('bg', { type: 'region' });

/** The Bulgarian name of an ISO 3166-1 alpha-2 code: `GR` → „Гърция", `EU` → „Европейски съюз". */
export function getCountryName(code: string): string {
  return regionNames.of(code) ?? code;
}
