import { existsSync } from 'node:fs';
import { relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkContent } from '../../src/node/content/check-content.ts';
import { formatProblem } from '../../src/lib/content/problem.ts';
import { ACCEPTED_INPUT_CASES, BAD_INPUT_CASES, type BadInputCase } from '../helpers/bad-input-cases.ts';
import { buildSite, type BuildResult } from '../helpers/build-site.ts';
import { makeContentFixture, PROJECT_ROOT, type ContentFixture } from '../helpers/content-fixture.ts';
import { runScript, type ScriptRun } from '../helpers/run-script.ts';

/** A hang must fail its test, not the suite: no single check may take this long. */
const CHECK_LIMIT_MS = 10_000;

/** The lines about one case's file in a report whose file names start with `prefix`. */
const linesOf = (report: string, badCase: BadInputCase, prefix = '') => report.split('\n').filter((line) => line.startsWith(`${prefix}${badCase.file}:`));

/** What every line about a case must say: its file, line, field, message and fix. */
function expectTheLine(lines: string[], badCase: BadInputCase, report: string, prefix = '') {
  expect(lines, `${badCase.name}:\n${report}`).toHaveLength(1);
  const [line] = lines as [string];
  expect(line).toContain(badCase.says);
  expect(line).toMatch(/[^?!.]\. Напишете: \S|[?!] Напишете: \S/);
  if (badCase.line) expect(line.startsWith(`${prefix}${badCase.file}:${badCase.line}:`), line).toBe(true);
  const afterFile = line.slice(line.indexOf(': ') + 1);
  if (badCase.field) expect(afterFile.startsWith(` поле ${badCase.field}: `), line).toBe(true);
  else expect(afterFile.startsWith(' поле „'), line).toBe(false);
  if (badCase.fix) expect(line.slice(line.indexOf(' Напишете: '))).toContain(badCase.fix);
  // An editor reads no list positions counted from zero, and no English words but the names of fields.
  expect(afterFile).not.toMatch(/поле „[^“]*\.\d|\bfield\b|front matter|[A-Z_]{6,}/);
}

describe.each(BAD_INPUT_CASES)('$name', (badCase) => {
  it('is one line of checkContent() with the file, the line, the field and the fix', { timeout: CHECK_LIMIT_MS }, async () => {
    const fixture = await makeContentFixture();
    try {
      await badCase.apply(fixture);
      const { problems } = await checkContent(fixture.contentRoot, fixture.root);
      const report = problems.map(formatProblem).join('\n');
      expect(problems.map(formatProblem), report).toHaveLength(1);
      expectTheLine(linesOf(report, badCase), badCase, report);
    } finally {
      await fixture.remove();
    }
  });
});

describe('every bad file of the table in one content folder', () => {
  let fixture: ContentFixture;
  let check: ScriptRun;
  let build: BuildResult;
  /** Both run from the project, as the build must; file names start with the way to the fixture. */
  let prefix: string;
  const problemLinesOf = (report: string) => report.split('\n').filter((line) => line.startsWith(prefix));

  beforeAll(async () => {
    fixture = await makeContentFixture();
    prefix = `${relative(PROJECT_ROOT, fixture.root)}/`;
    for (const badCase of BAD_INPUT_CASES) await badCase.apply(fixture);
    [check, build] = await Promise.all([
      runScript('check-content.ts', [], { cwd: PROJECT_ROOT, env: { CONTENT_ROOT: fixture.contentRoot } }),
      buildSite({ contentRoot: fixture.contentRoot }),
    ]);
    // A check that hangs fails here, not the whole suite.
  }, 60_000);
  afterAll(() => fixture.remove());

  it('makes `npm run check:content` exit with 1 and one line per case', () => {
    expect(check.code).toBe(1);
    for (const badCase of BAD_INPUT_CASES) expectTheLine(linesOf(check.stderr, badCase, prefix), badCase, check.stderr, prefix);
    expect(problemLinesOf(check.stderr)).toHaveLength(BAD_INPUT_CASES.length);
    // The good posts and the first of the two files with one name are still counted.
    expect(check.stderr).toContain(`\n${BAD_INPUT_CASES.length} проблема в съдържанието (7 новини, 3 клъстера, 15 партньора без грешки`);
  });

  it('makes the build fail with the check’s own lines and one sentence, and nothing else', () => {
    expect(build.code).toBe(1);
    const checkLines = problemLinesOf(check.stderr);
    expect(checkLines).toHaveLength(BAD_INPUT_CASES.length);
    const lines = build.output.trim().split('\n');
    expect(lines.slice(0, -2)).toEqual(checkLines);
    expect(lines.at(-2)).toBe('');
    expect(lines.at(-1)).toMatch(/^\d+ проблема в съдържанието; сайтът не е построен и .*dist\/ е такъв, какъвто го остави последното успешно построяване\.$/);
    expect(build.output).not.toMatch(/Stack trace|Location:|\n\s+at /);
  });

  it('writes nothing, neither the site nor the folder a build writes into', () => {
    expect(existsSync(build.outDir)).toBe(false);
    expect(existsSync(`${build.outDir}.next`)).toBe(false);
  });
});

describe('unusual files that are fine', () => {
  it.each(ACCEPTED_INPUT_CASES)('accepts $name (the build builds them: tests/build/site.test.ts)', async (goodCase) => {
    const fixture = await makeContentFixture();
    try {
      await goodCase.apply(fixture);
      const check = await checkContent(fixture.contentRoot, fixture.root);
      expect(check.problems.map(formatProblem)).toEqual([]);
      expect(check.news).toHaveLength(goodCase.page ? 6 : 5);
    } finally {
      await fixture.remove();
    }
  });
});
