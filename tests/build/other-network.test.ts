import { join } from 'node:path';
import { parse } from 'node-html-parser';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildSite, listHtmlFiles, readPage, type BuildResult } from '../helpers/build-site.ts';
import { PROJECT_ROOT } from '../helpers/content-fixture.ts';
import { runScript } from '../helpers/run-script.ts';

/** Another network's content: its own `site.yaml`, English as its only language, English posts. */
const CONTENT = join(PROJECT_ROOT, 'tests/fixtures/other-network/content');

let build: BuildResult;

beforeAll(async () => {
  // Built as on a maintainer's machine, without SITE_URL: the site of the default address, with a warning.
  build = await buildSite({ contentRoot: CONTENT, env: { SITE_URL: '', CI: '' } });
  if (build.code !== 0) throw new Error(build.output);
});

describe('a site of another network, from its own content and site file alone', () => {
  it('is that network’s site, in English at the root, with no trace of the Bulgarian one', async () => {
    const pages = await listHtmlFiles(build.outDir);
    expect(pages.some((page) => page.startsWith('en/'))).toBe(false);
    const home = parse(await readPage(build.outDir, 'index.html'));
    expect(home.querySelector('html')?.getAttribute('lang')).toBe('en');
    expect(home.querySelector('h1')?.text).toBe('Baltic Cluster Bulletin');
    expect(home.querySelector('title')?.text).toBe('Baltic Cluster Bulletin');
    expect(home.querySelector('[data-language-switch]')).toBeNull();
    expect(home.querySelectorAll('link[hreflang]')).toHaveLength(0);
    const post = parse(await readPage(build.outDir, 'news/food-cluster-in-vilnius/index.html'));
    expect(post.querySelector('.event-card')?.text.replace(/\s+/g, ' ')).toContain('19–20 February 2024');
    expect(post.querySelector('.event-card')?.text).toContain('Vilnius, Lithuania');
    expect(post.querySelector('[data-translation-note]')).toBeNull();
    for (const page of pages.filter((file) => !file.startsWith('admin/'))) {
      expect(await readPage(build.outDir, page), page).not.toMatch(/\p{Script=Cyrillic}/u);
    }
  });

  it('is built outside CI without SITE_URL, with a warning that says what to set', () => {
    expect(build.output).toContain('Warning: SITE_URL is not set, so canonical links, og:url, social cards, feeds and the sitemap would point at http://localhost:4321. Set SITE_URL (and BASE_PATH) to the address the site is published at.');
  });

  it('passes every check of verify', async () => {
    const run = await runScript('verify.ts', [], { cwd: PROJECT_ROOT, env: { ASTRO_OUT_DIR: build.outDir, CONTENT_ROOT: CONTENT } });
    expect(run.code, run.stdout + run.stderr).toBe(0);
    expect(run.stdout).toContain('✓ languages: en: ');
    expect(run.stdout).toContain('✓ accessibility: ');
  });
});
