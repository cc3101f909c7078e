import { afterEach, describe, expect, it } from 'vitest';
import { makeContentFixture, type ContentFixture } from '../helpers/content-fixture.ts';
import { runScript } from '../helpers/run-script.ts';

let fixture: ContentFixture | undefined;
afterEach(async () => {
  await fixture?.remove();
  fixture = undefined;
});

describe('npm run check:content', () => {
  it('passes the real content and says what it checked', async () => {
    fixture = await makeContentFixture();
    const run = await runScript('check-content.ts', [], { cwd: fixture.root });
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('5 новини, 3 клъстера, 15 партньора');
  });

  it('rejects a published post with an unfinished value, naming the field', async () => {
    fixture = await makeContentFixture();
    await fixture.edit('news/sreshta-s-gratskia-klaster-chorus-v-solun.md', (t) =>
      t.replace(/^  name: .*$/m, '  name: "ПОПЪЛНЕТЕ: име на събитието"'),
    );
    const run = await runScript('check-content.ts', [], { cwd: fixture.root });
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/content\/news\/sreshta-s-gratskia-klaster-chorus-v-solun\.md:9: поле „event\.name“: стойността не е попълнена/);
  });

  it('lets a draft keep unfinished values', async () => {
    fixture = await makeContentFixture();
    await fixture.edit('news/sreshta-s-gratskia-klaster-chorus-v-solun.md', (t) =>
      t.replace(/^summary: .*$/m, 'summary: "ПОПЪЛНЕТЕ: резюме"\ndraft: true'),
    );
    const run = await runScript('check-content.ts', [], { cwd: fixture.root });
    expect(run.code, run.stderr).toBe(0);
  });
});
