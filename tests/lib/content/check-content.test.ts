import { afterEach, describe, expect, it } from 'vitest';
import { checkContent } from '../../../src/node/content/check-content.ts';
import { formatProblem } from '../../../src/lib/content/problem.ts';
import { BAD_INPUT_CASES } from '../../helpers/bad-input-cases.ts';
import { makeContentFixture, PROJECT_ROOT, type ContentFixture } from '../../helpers/content-fixture.ts';
import { join } from 'node:path';

let fixture: ContentFixture | undefined;
afterEach(async () => {
  await fixture?.remove();
  fixture = undefined;
});

describe('checkContent on the real content', () => {
  it('finds no problem and all five posts, three clusters and their partners', async () => {
    const check = await checkContent(join(PROJECT_ROOT, 'content'), PROJECT_ROOT);
    expect(check.problems.map(formatProblem)).toEqual([]);
    expect(check.news).toHaveLength(5);
    expect(check.clusters.map((c) => c.id).sort()).toEqual([
      'chernomorski-energien-klaster',
      'sofia-grad-na-znanieto',
      'zelena-sinergia',
    ]);
  });

  it('keeps event dates as written, without time-zone shifts', async () => {
    const check = await checkContent(join(PROJECT_ROOT, 'content'), PROJECT_ROOT);
    const canada = check.news.find((post) => post.id.startsWith('uspeshno'));
    expect(canada?.data.event).toMatchObject({ start: '2019-06-05', end: '2019-06-07', city: 'Торонто', country: 'CA' });
  });
});

describe('checkContent on bad input', () => {
  // Every kind of bad file, one line each: tests/build/bad-input.test.ts.
  it('drops a broken post from the valid entries instead of building it', async () => {
    fixture = await makeContentFixture();
    await BAD_INPUT_CASES.find((badCase) => badCase.name === 'an unknown partner id near a real one')!.apply(fixture);
    const { news } = await checkContent(fixture.contentRoot, fixture.root);
    expect(news.map((post) => post.id)).toHaveLength(5);
    expect(news.map((post) => post.id)).not.toContain('greshen-partnyor');
  });

  it('reports a stray file of another kind instead of skipping it', async () => {
    fixture = await makeContentFixture();
    await fixture.write('news/belezhka.txt', 'текст');
    const { problems } = await checkContent(fixture.contentRoot, fixture.root);
    expect(problems.map(formatProblem)).toEqual([expect.stringContaining('content/news/belezhka.txt')]);
  });

  it('formats a problem as one line: file:line, field, message, fix', () => {
    expect(
      formatProblem({
        file: 'content/news/x.md',
        line: 3,
        field: 'date',
        message: 'такъв ден няма в календара',
        hint: 'date: 2022-09-14',
      }),
    ).toBe('content/news/x.md:3: поле „date“: такъв ден няма в календара. Напишете: date: 2022-09-14');
  });
});
