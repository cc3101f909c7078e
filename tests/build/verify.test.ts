import { readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { copySharedSite, type BuildResult } from '../helpers/build-site.ts';
import { PROJECT_ROOT } from '../helpers/content-fixture.ts';
import { runScript } from '../helpers/run-script.ts';

let build: BuildResult;
const verify = (args: string[] = []) =>
  runScript('verify.ts', args, { cwd: PROJECT_ROOT, env: { ASTRO_OUT_DIR: build.outDir } });

beforeAll(async () => {
  // The tests break pages of the site, so they get a copy of the run's shared build.
  build = await copySharedSite();
});

describe('npm run verify', () => {
  it('passes a fresh build with one summary line per check', async () => {
    const run = await verify();
    expect(run.code, run.stdout + run.stderr).toBe(0);
    const lines = run.stdout.split('\n').filter((line) => /^[✓✗] /.test(line));
    expect(lines.map((line) => line.split(':')[0])).toEqual(['✓ integrity', '✓ languages', '✓ links', '✓ html', '✓ accessibility', '✓ budgets']);
  });

  it('fails on a missing post page, a broken link, invalid HTML and an image without alt text, naming each', async () => {
    await rm(join(build.outDir, 'news/partnyorska-sreshta-smartcitytech-partnership'), { recursive: true });
    const page = join(build.outDir, 'topics/interreg/index.html');
    const html = await readFile(page, 'utf8');
    await writeFile(page, html.replace('</main>', '<a href="/news/nyama/">счупена</a><a href="#nyama-takava">котва</a><p id="main">двоен id</p></main>'));
    // An English page that no longer names its Bulgarian counterpart: the pair is broken both ways.
    const english = join(build.outDir, 'en/topics/interreg/index.html');
    await writeFile(english, (await readFile(english, 'utf8')).replace(/<link rel="alternate" hreflang="bg"[^>]*>/, ''));
    // A photo without a text for those who cannot see it, on the home page.
    const home = join(build.outDir, 'index.html');
    await writeFile(home, (await readFile(home, 'utf8')).replace('</main>', '<img src="/favicon.svg"></main>'));
    const run = await verify(['--only', 'integrity,languages,links,html,accessibility']);
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/✗ accessibility: .*\n.*home \(light\): image-alt/);
    expect(run.stdout).toContain('en/topics/interreg/index.html: липсва hreflang="bg"');
    expect(run.stdout).toContain('topics/interreg/index.html: en/topics/interreg/index.html не води обратно към нея с hreflang="bg"');
    expect(run.stdout).toMatch(/✗ integrity: .*\n.*partnyorska-sreshta-smartcitytech-partnership\.md: няма страница/);
    expect(run.stdout).toContain('/news/nyama/');
    expect(run.stdout).toContain('#nyama-takava');
    expect(run.stdout).toMatch(/✗ html: .*\n(?: {4}.*\n)*? {4}topics\/interreg\/index\.html.*no-dup-id/);
    expect(run.stderr).toContain('verify failed: integrity, languages, links, html, accessibility');
  });
});
