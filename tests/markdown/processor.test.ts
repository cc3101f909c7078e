import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { markdownProcessor } from '../../src/markdown/processor.ts';

const FIXTURES = join(import.meta.dirname, 'fixtures');
const cases = await readdir(FIXTURES);
const renderer = await markdownProcessor.createRenderer({});

// Run with UPDATE=1 to rewrite the expected output after a deliberate change.
describe('the site Markdown pipeline', () => {
  it.each(cases)('renders fixture %s', async (name) => {
    const input = await readFile(join(FIXTURES, name, 'input.md'), 'utf8');
    const { code } = await renderer.render(input);
    const expectedFile = join(FIXTURES, name, 'output.html');
    if (process.env.UPDATE) await writeFile(expectedFile, `${code.trim()}\n`);
    expect(`${code.trim()}\n`).toBe(await readFile(expectedFile, 'utf8'));
  });

  it.each(cases.filter((name) => name.startsWith('removes-')))(
    'leaves nothing executable or page-covering in %s',
    async (name) => {
      const { code } = await renderer.render(await readFile(join(FIXTURES, name, 'input.md'), 'utf8'));
      expect(code).not.toMatch(/<script|<style|<iframe|<form|\son\w+=|javascript:|data:|style=|alert\(|display:none/i);
    },
  );

  it('leaves no second h1 beside the post title', async () => {
    const { code } = await renderer.render('# Едно\n\n# Друго\n');
    expect(code).not.toContain('<h1');
    expect(code.match(/<h2/g)).toHaveLength(2);
  });
});
