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

  it('in GitHub Actions also puts each problem on its line of the file, as a workflow command', async () => {
    fixture = await makeContentFixture();
    await fixture.edit('news/sreshta-s-gratskia-klaster-chorus-v-solun.md', (t) => t.replace('date: 2022-09-14', 'date: 14.09.2022'));
    await fixture.edit('news/uspeshno-priklyuchi-klasternata-sreshta-es-kanada.md', (t) => t.replace('  - eccp', '  - ecp'));
    const plain = await runScript('check-content.ts', [], { cwd: fixture.root, env: { GITHUB_ACTIONS: '' } });
    expect(plain.stdout).not.toContain('::error');
    const run = await runScript('check-content.ts', [], { cwd: fixture.root, env: { GITHUB_ACTIONS: 'true' } });
    expect(run.code).toBe(1);
    const annotations = run.stdout.split('\n').filter((line) => line.startsWith('::error '));
    expect(annotations).toEqual([
      '::error file=content/news/sreshta-s-gratskia-klaster-chorus-v-solun.md,line=3,title=Поле „date“::датата „14.09.2022“ трябва да е във вида ГГГГ-ММ-ДД. Напишете: date: 2022-09-14',
      '::error file=content/news/uspeshno-priklyuchi-klasternata-sreshta-es-kanada.md,line=7,title=Поле „partners“ № 1::няма партньор „ecp“ в content/partners/; може би eccp? Напишете: - eccp',
    ]);
    // The usual lines are still in the log.
    expect(run.stderr).toContain('sreshta-s-gratskia-klaster-chorus-v-solun.md:3: поле „date“');
  });
});
