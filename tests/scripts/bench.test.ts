import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { generatePosts } from '../../scripts/bench/generate-posts.ts';
import { checkContent } from '../../src/node/content/check-content.ts';
import { formatProblem } from '../../src/lib/content/problem.ts';
import { makeContentFixture, PROJECT_ROOT } from '../helpers/content-fixture.ts';
import { withTempFolder } from '../helpers/build-site.ts';
import { runScript } from '../helpers/run-script.ts';

const known = { clusters: ['sofia-grad-na-znanieto', 'zelena-sinergia', 'chernomorski-energien-klaster'], partners: ['chorus-cluster', 'eccp', 'gaia'] };

describe('the benchmark generator', () => {
  it('writes posts that pass the content check, the same every run', async () => {
    const fixture = await makeContentFixture();
    try {
      const posts = generatePosts(300, known);
      for (const post of posts) await writeFile(join(fixture.contentRoot, 'news', post.file), post.text);
      const check = await checkContent(fixture.contentRoot, fixture.root);
      expect(check.problems.map(formatProblem)).toEqual([]);
      expect(check.news).toHaveLength(305);
      expect(generatePosts(300, known)).toEqual(posts);
      expect(new Set(posts.map((post) => post.text.match(/city: (.+)/)![1])).size).toBeGreaterThan(50);
    } finally {
      await fixture.remove();
    }
  });
});

describe('npm run bench', () => {
  it('builds a small synthetic archive cold and warm and reports every stage', async () => {
    await withTempFolder('bench-report-', async (dir) => {
      const json = join(dir, 'bench.json');
      // Without `verify`, whose checks tests/build/verify.test.ts runs (here they were half the test's time).
      const run = await runScript('bench.ts', ['--posts', '50', '--json', json, '--skip-verify'], { cwd: PROJECT_ROOT });
      expect(run.code, run.stderr.slice(-3000)).toBe(0);
      const report = JSON.parse(await readFile(json, 'utf8'));
      expect(report.posts).toBe(50);
      for (const build of [report.cold, report.warm]) {
        expect(build.seconds).toBeGreaterThan(0);
        expect(build.peakMb).toBeGreaterThan(0);
        // The drawer and Astro run side by side: each is measured on its own too, and the sum is more than either.
        expect(build.peakMbByProcess.astro).toBeGreaterThan(0);
        expect(build.peakMb).toBeGreaterThan(build.peakMbByProcess.astro);
        // What made the peak: the processes of that moment, which add up to it.
        const atPeak = Object.values(build.atPeakMb as Record<string, number>).reduce((sum, mb) => sum + mb, 0);
        expect(atPeak).toBeGreaterThan(build.peakMb * 0.9);
        expect(atPeak).toBeLessThanOrEqual(build.peakMb + Object.keys(build.atPeakMb).length);
        expect(Object.keys(build.stages)).toEqual([
          'startup and content sync',
          'page rendering',
          '  of which feeds',
          'sitemap and headers',
          'whole astro build',
          'content check, beside astro',
          'social cards and calendars, beside astro',
          'cards drawn (count, not s)',
          'cards and calendars into the site',
          'search index',
          'search shards indexed (count, not s)',
        ]);
        for (const stage of ['page rendering', 'whole astro build', 'content check, beside astro', 'social cards and calendars, beside astro', 'search index']) expect(build.stages[stage]).toBeGreaterThan(0);
      }
      // Drawing 55 cards outlasts the 250-ms sampling; the warm build's one card may not.
      expect(report.cold.peakMbByProcess['card drawer']).toBeGreaterThan(0);
      // The warm build reuses the cold build's cards: none is drawn again but the edited post's.
      // A card per post, and an English one per translated post (one in ten).
      expect(report.translations).toBe(5);
      expect(report.cold.stages['cards drawn (count, not s)']).toBe(55);
      expect(report.warm.stages['cards drawn (count, not s)']).toBe(1);
      // 50 posts are one shard of each language's search index (the English one holds the five
      // translated posts): both indexed cold; for the edit of an untranslated post, the Bulgarian one.
      expect(report.cold.stages['search shards indexed (count, not s)']).toBe(2);
      expect(report.warm.stages['search shards indexed (count, not s)']).toBe(1);
      expect(report.verify).toMatchObject({ seconds: 0, ok: true });
      expect(run.stderr).toContain('cold build: done in');
      expect(run.stderr).toContain('warm build (one post edited): done in');
      expect(run.stdout).toContain('startup and content sync');
    });
  });
});

describe('npm run bench:markdown', () => {
  it('times the pipeline as built and with each rehype plugin left out', async () => {
    const run = await runScript('bench-markdown.ts', ['--posts', '50'], { cwd: PROJECT_ROOT });
    expect(run.code, run.stderr).toBe(0);
    for (const row of ['the site (as built)', '- GFM', '- rehypeRaw', '- rehypeSanitize', '- rehypeExternalLinks', '- rehypeShiftHeadings', 'no plugins at all']) {
      expect(run.stdout).toMatch(new RegExp(`│ ${row.replace(/[()+]/g, '\\$&')}\\s+│ \\d+(\\.\\d+)?\\s`));
    }
  });
});
