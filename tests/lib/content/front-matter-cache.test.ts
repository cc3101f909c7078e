import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { checkContent } from '../../../src/node/content/check-content.ts';
import { FrontMatterCache } from '../../../src/node/content/front-matter-cache.ts';
import { formatProblem } from '../../../src/lib/content/problem.ts';
import { makeContentFixture, type ContentFixture } from '../../helpers/content-fixture.ts';

let fixture: ContentFixture | undefined;
afterEach(async () => {
  await fixture?.remove();
  fixture = undefined;
});

const POST = 'news/sreshta-s-gratskia-klaster-chorus-v-solun.md';

describe('checking content with parsed front matter kept between builds', () => {
  it('finds the same posts, and the same problems with their lines, as parsing every file', async () => {
    fixture = await makeContentFixture();
    const file = join(fixture.root, 'front-matter.json');
    const first = await FrontMatterCache.load(file);
    const fresh = await checkContent(fixture.contentRoot, fixture.root, { frontMatter: first });
    await first.save();
    const describe = (check: typeof fresh) => check.news.map(({ id, data, raw, body }) => ({ id, data, raw, body }));

    const cached = await checkContent(fixture.contentRoot, fixture.root, { frontMatter: await FrontMatterCache.load(file) });
    expect(describe(cached)).toEqual(describe(fresh));

    // A cluster that does not exist, in a file whose front matter comes from the cache:
    // still reported, on its line.
    await fixture.edit(POST, (text) => text.replace(/^cluster: .*$/m, 'cluster: nyama-takav'));
    const uncached = await checkContent(fixture.contentRoot, fixture.root);
    const broken = await FrontMatterCache.load(file);
    await checkContent(fixture.contentRoot, fixture.root, { frontMatter: broken });
    await broken.save();
    const reloaded = await FrontMatterCache.load(file);
    const brokenText = await readFile(join(fixture.contentRoot, POST), 'utf8');
    expect(reloaded.get(brokenText)).toBeDefined();
    const again = await checkContent(fixture.contentRoot, fixture.root, { frontMatter: reloaded });
    expect(again.problems.map(formatProblem)).toEqual(uncached.problems.map(formatProblem));
    expect(again.problems[0]).toMatchObject({ file: `content/${POST}`, line: expect.any(Number) });
  });

  it('judges cached front matter by the schemas every time', async () => {
    fixture = await makeContentFixture();
    const file = join(fixture.root, 'front-matter.json');
    await fixture.edit(POST, (text) => text.replace(/^date: .*$/m, 'date: 2023-02-31'));
    const first = await FrontMatterCache.load(file);
    const fresh = await checkContent(fixture.contentRoot, fixture.root, { frontMatter: first });
    await first.save();
    const cache = await FrontMatterCache.load(file);
    expect(cache.get(await readFile(join(fixture.contentRoot, POST), 'utf8'))).toBeDefined();
    const again = await checkContent(fixture.contentRoot, fixture.root, { frontMatter: cache });
    expect(fresh.problems.length).toBe(1);
    expect(again.problems.map(formatProblem)).toEqual(fresh.problems.map(formatProblem));
  });
});
