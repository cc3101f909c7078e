import { listCountries } from '../src/lib/cms/list-countries.ts';
const l = listCountries();
const names = new Map<string, string[]>();
for (const c of l) names.set(c.name, [...(names.get(c.name) ?? []), c.code]);
console.log(l.length, [...names].filter(([, v]) => v.length > 1), new Set(l.map((c) => c.code)).size);
