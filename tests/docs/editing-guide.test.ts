import { readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { checkContent } from '../../src/node/content/check-content.ts';
import { formatProblem } from '../../src/lib/content/problem.ts';
import { BAD_INPUT_CASES } from '../helpers/bad-input-cases.ts';
import { makeContentFixture, PROJECT_ROOT } from '../helpers/content-fixture.ts';

/** The messages the editors' guide explains: the first column of its table of messages. */
async function readDocumentedMessages(): Promise<string[]> {
  const guide = await readFile(join(PROJECT_ROOT, 'docs/editing.md'), 'utf8');
  const section = guide.slice(guide.indexOf('## Съобщенията за грешки'), guide.indexOf('## Внос на стари новини'));
  return [...section.matchAll(/^\| `([^`]+)` \|/gm)].map((match) => match[1]!);
}

/** The parts of a documented message around its „…“ placeholders. */
const fragmentsOf = (message: string) => message.split('…').map((part) => part.trim()).filter(Boolean);

/** The source of everything that writes content messages. */
async function readMessageSources(): Promise<string> {
  const dirs = ['src/lib/content', 'src/node/content', 'src/schemas'];
  const texts: string[] = [];
  for (const dir of dirs) {
    for (const name of await readdir(join(PROJECT_ROOT, dir))) texts.push(await readFile(join(PROJECT_ROOT, dir, name), 'utf8'));
  }
  return texts.join('\n');
}

describe('the table of messages in docs/editing.md', () => {
  let documented: string[];
  let lines: string[];

  beforeAll(async () => {
    documented = await readDocumentedMessages();
    const fixture = await makeContentFixture();
    try {
      for (const badCase of BAD_INPUT_CASES) await badCase.apply(fixture);
      lines = (await checkContent(fixture.contentRoot, fixture.root)).problems.map(formatProblem);
    } finally {
      await fixture.remove();
    }
  });

  it('names only messages the code can write', async () => {
    const sources = await readMessageSources();
    expect(documented.length).toBeGreaterThan(30);
    for (const message of documented) {
      for (const fragment of fragmentsOf(message)) expect(sources, `„${message}“ is in the guide but in no message`).toContain(fragment);
    }
  });

  it('explains the message of every kind of bad file the check knows', () => {
    expect(lines).toHaveLength(BAD_INPUT_CASES.length);
    for (const line of lines) {
      const message = line.slice(0, line.indexOf(' Напишете: '));
      const explained = documented.some((entry) => fragmentsOf(entry).every((fragment) => message.includes(fragment)));
      expect(explained, `no row of the guide explains: ${line}`).toBe(true);
    }
  });
});
