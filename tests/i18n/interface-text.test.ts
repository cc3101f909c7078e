import { readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { listFiles } from '../../src/node/list-files.ts';
import { DICTIONARIES, LANGUAGE_CODES } from '../../src/i18n/languages.ts';
import { PROJECT_ROOT } from '../helpers/content-fixture.ts';

/** Where interface text would be written straight into markup or scripts. */
const INTERFACE_FOLDERS = ['src/components', 'src/layouts', 'src/pages', 'src/views', 'src/browser'];

/** The keys of a dictionary, nested ones as `a.b`, with each value's kind. */
function shapeOf(value: unknown, prefix = ''): string[] {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return [`${prefix}:${Array.isArray(value) ? `array(${value.length})` : typeof value}`];
  return Object.entries(value).flatMap(([key, inner]) => shapeOf(inner, prefix ? `${prefix}.${key}` : key));
}

describe('interface text', () => {
  it('lives in the dictionaries: no Cyrillic in components, layouts, pages, views or browser code', async () => {
    const found: string[] = [];
    for (const folder of INTERFACE_FOLDERS) {
      for (const file of await listFiles(join(PROJECT_ROOT, folder))) {
        if (!/\.(astro|ts)$/.test(file)) continue;
        const path = join(PROJECT_ROOT, folder, file);
        (await readFile(path, 'utf8')).split('\n').forEach((line, index) => {
          if (/\p{Script=Cyrillic}/u.test(line)) found.push(`${relative(PROJECT_ROOT, path)}:${index + 1}: ${line.trim()}`);
        });
      }
    }
    expect(found).toEqual([]);
  });

  it('has the same words to say in every language', () => {
    const [first, ...others] = LANGUAGE_CODES;
    for (const language of others) expect(shapeOf(DICTIONARIES[language])).toEqual(shapeOf(DICTIONARIES[first]));
  });

  it('formats counts and dates by each language’s rules', () => {
    expect(DICTIONARIES.bg.countNews(1)).toBe('1 новина');
    expect(DICTIONARIES.bg.countNews(10000)).toBe('10\u00a0000 новини');
    expect(DICTIONARIES.en.countNews(1)).toBe('1 news item');
    expect(DICTIONARIES.en.countNews(10000)).toBe('10,000 news items');
    expect(DICTIONARIES.bg.map.allEventsIn(3, 'Варна')).toBe('Всички 3 събития във Варна →');
  });
});
