import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseDocument } from 'yaml';
import { parseYaml, YamlSyntaxError } from '../../../src/lib/content/yaml-document.ts';
import { PROJECT_ROOT } from '../../helpers/content-fixture.ts';

/** The data a full `yaml` document with the core schema gives, which the site judged before parsing moved to js-yaml. */
const documentData = (text: string) => parseDocument(text, { schema: 'core' }).toJS();

async function readContentYaml(): Promise<string[]> {
  const texts: string[] = [];
  for (const folder of ['news', 'clusters', 'partners']) {
    for (const name of await readdir(join(PROJECT_ROOT, 'content', folder))) {
      const text = await readFile(join(PROJECT_ROOT, 'content', folder, name), 'utf8');
      texts.push(name.endsWith('.md') ? text.split(/^---$/m)[1]! : text);
    }
  }
  return texts;
}

describe('parseYaml', () => {
  it('reads every front matter and YAML file of the site as a full YAML document does', async () => {
    const texts = await readContentYaml();
    expect(texts.length).toBeGreaterThan(10);
    for (const text of texts) expect(parseYaml(text).data).toEqual(documentData(text));
  });

  it('keeps what the core schema keeps: impossible dates, numbers, empty values and quotes as written', () => {
    const text = [
      'date: 2023-02-31',
      'quoted: "2023-02-28"',
      'count: 12',
      'ratio: 0.5',
      'octal: 0o14',
      'flag: true',
      'no: no',
      'empty:',
      'tilde: ~',
      'list:',
      '  - „кавички“ — тире',
      '  - city: Солун',
      '    country: GR',
      'folded: >',
      '  два',
      '  реда',
    ].join('\n');
    const { data } = parseYaml(text);
    expect(data).toEqual(documentData(text));
    expect(data).toMatchObject({ date: '2023-02-31', quoted: '2023-02-28', count: 12, octal: 12, no: 'no', empty: null, tilde: null });
    expect(parseYaml('').data).toBeNull();
  });

  it('reports broken YAML with its kind and its line in the file', () => {
    const cases: [string, RegExp, number][] = [
      ['title: Среща\ntitle: Друга\n', /два пъти/, 3],
      ['title: Среща\n  date: 2023-01-01\n', /следващият ред е с отстъп навътре/, 2],
      ['title: "Среща\ndate: 2023-01-01\n', /липсва затваряща кавичка/, 4],
      ['event:\n  name: Среща\n\tcity: Солун\n', /табулация/, 4],
    ];
    for (const [text, message, line] of cases) {
      let error: unknown;
      try {
        parseYaml(text, 2);
      } catch (caught) {
        error = caught;
      }
      expect(error, text).toBeInstanceOf(YamlSyntaxError);
      expect((error as YamlSyntaxError).message, text).toMatch(message);
      expect((error as YamlSyntaxError).line, text).toBe(line);
    }
  });

  it('finds the line of a field for a problem the schema reports', () => {
    const source = parseYaml('title: Среща\nevent:\n  city: Солун\n  start: 2023-02-31\n', 2);
    expect(source.lineOf(['event', 'start'])).toBe(5);
    expect(source.lineOf(['event', 'missing'])).toBe(3);
  });
});
