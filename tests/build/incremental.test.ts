import { readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { stripVTControlCharacters } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { generatePosts } from '../../scripts/bench/generate-posts.ts';
import { buildSite } from '../helpers/build-site.ts';
import { makeContentFixture, PROJECT_ROOT, type ContentFixture } from '../helpers/content-fixture.ts';
import { runScript } from '../helpers/run-script.ts';
import { listFiles } from '../../src/node/list-files.ts';

const cleanup: string[] = [];
let fixture: ContentFixture | undefined;
afterAll(async () => {
  await fixture?.remove();
  for (const dir of cleanup) await rm(dir, { recursive: true, force: true });
});

describe('the incremental build', () => {
  it('after edits and a deletion, restores unchanged pages from Astro’s cache and ends with exactly the site a cold build writes', async () => {
    fixture = await makeContentFixture();
    const known = { clusters: ['sofia-grad-na-znanieto', 'zelena-sinergia'], partners: ['chorus-cluster', 'eccp'] };
    const posts = generatePosts(60, known);
    for (const post of posts) await writeFile(join(fixture.contentRoot, 'news', post.file), post.text);

    // A search index in shards of about 20 posts (of about 15 KB each), as a large archive's: the edits must reindex only their own.
    const env = { SEARCH_SHARD_BYTES: String(20 * 15_000) };
    const first = await buildSite({ contentRoot: fixture.contentRoot, env });
    const scratch = join(first.outDir, '..');
    cleanup.push(scratch);
    expect(first.code, first.output.slice(-2000)).toBe(0);

    // The edited post's title shows on its neighbours, related posts, lists and card; its body only on its page.
    const edited = posts[7]!.file;
    await fixture.edit(`news/${edited}`, (text) =>
      text.replace(/^title: "/m, 'title: "Обновено: ').replace(/\n\n(\S)/, '\n\nНов първи абзац след редакция.\n\n$1'),
    );
    // Another post's text alone: nothing in its front matter changes.
    const textOnly = posts[20]!.file;
    await fixture.edit(`news/${textOnly}`, (text) => text.replace(/\n\n(\S)/, '\n\nСамо текстът е редактиран.\n\n$1'));
    // A deleted post: its page, card and calendar must go, though nothing writes over them.
    const deleted = posts[40]!.file.replace(/\.md$/, '');
    await rm(join(fixture.contentRoot, 'news', posts[40]!.file));
    expect(await listFiles(first.outDir)).toContain(`news/${deleted}/event.ics`);
    // Something that is no build's: the new site replaces the folder whole.
    await writeFile(join(first.outDir, 'stray.txt'), 'left by hand');
    const warm = await buildSite({ contentRoot: fixture.contentRoot, scratch, env });
    expect(warm.code, warm.output.slice(-2000)).toBe(0);
    const slug = edited.replace(/\.md$/, '');
    // Unchanged pages are copied from Astro's cache („restored"), not rendered again; the
    // build says so in one line instead of Astro's line per page.
    const [, total, rendered, restored] = (/Astro built (\d+) pages in [\d.]+ s \((\d+) rendered, (\d+) restored/.exec(warm.output) ?? []).map(Number);
    expect(rendered! + restored!).toBe(total);
    expect(restored).toBeGreaterThan(total! / 2);
    expect(first.output).toMatch(/Astro built \d+ pages in [\d.]+ s \(\d+ rendered, 0 restored/);
    expect(warm.output).not.toContain('├─');

    // The warm build records which pages it changed, and `verify --changed` checks those alone.
    const record = JSON.parse(await readFile(join(scratch, 'post-files/changed-pages.json'), 'utf8')) as { site: string; hashes: Record<string, string>; changed: string[] };
    expect(record.site).toBe(warm.outDir);
    expect(record.changed).toContain(`news/${slug}/index.html`);
    expect(record.changed).not.toContain(`news/${posts[50]!.file.replace(/\.md$/, '')}/index.html`);
    expect(record.changed.length).toBeLessThan(Object.keys(record.hashes).length / 2);
    const verify = await runScript('verify.ts', ['--changed', '--only', 'links,html'], {
      cwd: PROJECT_ROOT,
      env: { ASTRO_OUT_DIR: warm.outDir, CONTENT_ROOT: fixture.contentRoot, STORE_DIR: join(scratch, 'post-files') },
    });
    expect(verify.code, verify.stdout + verify.stderr).toBe(0);
    expect(verify.stdout).toContain(`Links and HTML of the ${record.changed.length} pages the last build changed.`);
    expect(verify.stdout).toContain(`html: ${record.changed.length} pages validated, 0 errors`);

    // Asked for, Astro lists every page it writes, as it does on its own.
    const cold = await buildSite({ contentRoot: fixture.contentRoot, env: { ...env, ASTRO_LOG_LEVEL: 'info' } });
    cleanup.push(join(cold.outDir, '..'));
    expect(cold.code, cold.output.slice(-2000)).toBe(0);
    // Astro colours its lines where it guesses a terminal (as in CI); the colours are not the point.
    expect(stripVTControlCharacters(cold.output)).toMatch(new RegExp(`[├└]─ /news/${slug}/index\\.html`));

    // Pagefind numbers pages in the order it finds the files on disk, which differs when
    // files were copied rather than written; the search index is compared by its page count.
    const site = async (dir: string) => (await listFiles(dir)).filter((file) => !/^(en\/)?pagefind\//.test(file));
    const files = await site(warm.outDir);
    expect(files).toEqual(await site(cold.outDir));
    const searchLine = (output: string, language = 'bg') =>
      new RegExp(`Search index \\(${language}\\) of (\\d+) posts in (\\d+) parts? \\((\\d+) indexed, (\\d+) unchanged\\)`).exec(output)?.slice(1).map(Number);
    const [postCount, shards, indexedWarm, reused] = searchLine(warm.output) ?? [];
    // The English search holds the translated posts alone: the five real ones, in one shard
    // the edits of untranslated posts leave as it was.
    expect(searchLine(cold.output, 'en')).toEqual([5, 1, 1, 0]);
    expect(searchLine(warm.output, 'en')).toEqual([5, 1, 0, 1]);
    expect(postCount).toBe(64);
    expect(searchLine(cold.output)).toEqual([64, shards, shards, 0]);
    // Two posts were edited and one deleted: at most their three shards are indexed again, the rest reused.
    expect(shards).toBeGreaterThanOrEqual(3);
    expect(indexedWarm).toBeGreaterThanOrEqual(1);
    expect(indexedWarm).toBeLessThanOrEqual(3);
    expect(reused).toBe(shards! - indexedWarm!);
    // The same shards, by content address, as a cold build of the same content.
    const manifest = (dir: string, prefix = '') => readFile(join(dir, prefix, 'pagefind/shards.json'), 'utf8');
    expect(await manifest(warm.outDir)).toBe(await manifest(cold.outDir));
    expect(await manifest(warm.outDir, 'en')).toBe(await manifest(cold.outDir, 'en'));
    // No shard of the last build is left beside the current ones.
    const shardFolders = async (dir: string) => (await readdir(join(dir, 'pagefind'))).sort();
    expect(await shardFolders(warm.outDir)).toEqual(await shardFolders(cold.outDir));
    const differing: string[] = [];
    for (const file of files) {
      const [a, b] = await Promise.all([readFile(join(warm.outDir, file)), readFile(join(cold.outDir, file))]);
      if (!a.equals(b)) differing.push(file);
    }
    expect(differing).toEqual([]);
    expect(await readFile(join(warm.outDir, 'news', slug, 'index.html'), 'utf8')).toContain('Нов първи абзац след редакция.');
    expect(await readFile(join(warm.outDir, 'news', textOnly.replace(/\.md$/, ''), 'index.html'), 'utf8')).toContain('Само текстът е редактиран.');

    // The site's own file is on every page (its name in every title): a new name renders them all again.
    await fixture.edit('site.yaml', (text) => text.replace('  bg: Клъстерни новини', '  bg: Клъстерен архив'));
    const renamed = await buildSite({ contentRoot: fixture.contentRoot, scratch, env });
    expect(renamed.code, renamed.output.slice(-2000)).toBe(0);
    expect(renamed.output).toMatch(/Astro built \d+ pages in [\d.]+ s \(\d+ rendered, 0 restored/);
    expect(await readFile(join(renamed.outDir, 'news', posts[50]!.file.replace(/\.md$/, ''), 'index.html'), 'utf8')).toContain('— Клъстерен архив</title>');
  }, 300_000);
});
