import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { makeContentFixture, type ContentFixture } from '../helpers/content-fixture.ts';
import { runScript } from '../helpers/run-script.ts';

let fixture: ContentFixture | undefined;
afterEach(async () => {
  await fixture?.remove();
  fixture = undefined;
});

const today = () => {
  const now = new Date();
  return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
};

describe('npm run new', () => {
  it('creates a draft with a transliterated slug, today\'s date and every field, which passes the check', async () => {
    fixture = await makeContentFixture();
    const run = await runScript('new-post.ts', ['Среща в Пловдив с клъстери от България', '--cluster', 'zelena-sinergia'], { cwd: fixture.root });
    expect(run.code, run.stderr).toBe(0);
    const file = join(fixture.contentRoot, 'news', 'sreshta-v-plovdiv-s-klasteri-ot-bulgaria.md');
    const text = await readFile(file, 'utf8');
    expect(text).toContain(`date: ${today()}`);
    expect(text).toContain('cluster: zelena-sinergia');
    expect(text).toContain('draft: true');
    for (const field of ['title', 'summary', 'partners', 'event', 'name', 'kind', 'start', 'city', 'country', 'people', 'topics', 'images']) {
      expect(text).toMatch(new RegExp(`^\\s*${field}:`, 'm'));
    }
    expect(text.split('\n').filter((line) => line.trim().startsWith('#')).length).toBeGreaterThan(10);
    const check = await runScript('check-content.ts', [], { cwd: fixture.root });
    expect(check.code, check.stderr).toBe(0);
    expect(check.stdout).toContain('5 новини, 1 недовършена чернова');
  });

  it('guesses nothing: without --cluster, the cluster and the event’s kind, day and place wait for the editor', async () => {
    fixture = await makeContentFixture();
    const run = await runScript('new-post.ts', ['Годишна среща'], { cwd: fixture.root });
    expect(run.code, run.stderr).toBe(0);
    const text = await readFile(join(fixture.contentRoot, 'news', 'godishna-sreshta.md'), 'utf8');
    for (const field of ['cluster', 'kind', 'start', 'city', 'country']) expect(text).toMatch(new RegExp(`^\\s*${field}: ПОПЪЛНЕТЕ$`, 'm'));
    // Published as it is, every one of them is named.
    await fixture.edit('news/godishna-sreshta.md', (t) => t.replace('draft: true', 'draft: false'));
    const check = await runScript('check-content.ts', [], { cwd: fixture.root });
    expect(check.code).toBe(1);
    for (const field of ['cluster', 'event.kind', 'event.start', 'event.city', 'event.country']) expect(check.stderr).toContain(`поле „${field}“: стойността не е попълнена`);
  });

  it('gives a second post with the same title its own file', async () => {
    fixture = await makeContentFixture();
    await runScript('new-post.ts', ['Годишна среща'], { cwd: fixture.root });
    const second = await runScript('new-post.ts', ['Годишна среща'], { cwd: fixture.root });
    expect(second.stdout).toContain('godishna-sreshta-2.md');
  });

  it('refuses an unknown cluster and writes nothing', async () => {
    fixture = await makeContentFixture();
    const run = await runScript('new-post.ts', ['Нещо', '--cluster', 'nyama'], { cwd: fixture.root });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('Възможни: chernomorski-energien-klaster');
  });

  it('turns a post into a failure once it stops being a draft with unfinished fields', async () => {
    fixture = await makeContentFixture();
    await runScript('new-post.ts', ['Годишна среща'], { cwd: fixture.root });
    await fixture.edit('news/godishna-sreshta.md', (t) => t.replace('draft: true', 'draft: false'));
    const check = await runScript('check-content.ts', [], { cwd: fixture.root });
    expect(check.code).toBe(1);
    expect(check.stderr).toContain('поле „summary“');
    expect(check.stderr).toContain('поле „event.name“');
  });
});
