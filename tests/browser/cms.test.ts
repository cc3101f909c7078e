import { readdir, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BrowserContext, Locator, Page } from 'playwright-core';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkContent } from '../../src/node/content/check-content.ts';
import { formatProblem } from '../../src/lib/content/problem.ts';
import { makeNewsSlug } from '../../src/lib/news-slug.ts';
import { startBrowsedSite, type BrowsedSite } from '../helpers/browser.ts';
import { buildSite, readPage } from '../helpers/build-site.ts';
import { makeContentFixture, PROJECT_ROOT } from '../helpers/content-fixture.ts';

/**
 * The built web editor against a local stand-in for GitHub: Sveltia CMS's own test backend,
 * which keeps the repository in the browser's private file system (OPFS). The test fills it
 * with the repository's real content files, so the relations list the real clusters and
 * partners, and reads back the file the editor would commit.
 */
let site: BrowsedSite;
let context: BrowserContext;
let page: Page;
/** Console errors and policy violations the page reported. */
const problems: string[] = [];
/** What the test repository held before the editor saved, by path. */
const seeded: Record<string, string> = {};

/** Where Sveltia CMS's test backend keeps its files in the private file system. */
const TEST_REPOSITORY = 'sveltia-cms-test';

beforeAll(async () => {
  site = await startBrowsedSite();
  context = await site.browser.newContext({ locale: 'bg-BG', viewport: { width: 1280, height: 900 } });
  // The configuration as built, with GitHub's backend swapped for the test backend.
  await context.route(/\/admin\/config\.yml/, async (route) => {
    const response = await route.fetch();
    const config = await response.text();
    if (!/^backend:\n {2}name: github\n/m.test(config)) throw new Error(`unexpected backend in:\n${config.slice(0, 200)}`);
    await route.fulfill({ response, body: config.replace(/^backend:\n( {2}.*\n)+/m, 'backend:\n  name: test-repo\n') });
  });
  page = await context.newPage();
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(message.text());
  });
  page.on('pageerror', (error) => problems.push(error.message));
  for (const dir of ['clusters', 'partners', 'news']) {
    for (const name of await readdir(join(PROJECT_ROOT, 'content', dir))) seeded[`content/${dir}/${name}`] = await readFile(join(PROJECT_ROOT, 'content', dir, name), 'utf8');
  }
  await page.goto(`${site.url}/404.html`);
  await page.evaluate(
    async ({ files, top }) => {
      const repository = await (await navigator.storage.getDirectory()).getDirectoryHandle(top, { create: true });
      for (const [path, text] of Object.entries(files)) {
        const parts = path.split('/');
        let dir = repository;
        for (const part of parts.slice(0, -1)) dir = await dir.getDirectoryHandle(part, { create: true });
        const writable = await (await dir.getFileHandle(parts.at(-1)!, { create: true })).createWritable();
        await writable.write(text);
        await writable.close();
      }
    },
    { files: seeded, top: TEST_REPOSITORY },
  );
  await page.goto(`${site.url}/admin/`);
  await page.getByRole('button', { name: 'Работа с тестово хранилище' }).click();
  await page.getByRole('treeitem').filter({ hasText: 'Новини' }).waitFor();
}, 180_000);

afterAll(async () => {
  await context?.close();
  await site?.close();
});

/** The posts of the test repository below `content/news/`, by path. */
async function readNewsFiles(): Promise<Record<string, string>> {
  const files = await readNewsFolder();
  return Object.fromEntries(Object.entries(files).filter(([path]) => path.endsWith('.md')).map(([path, bytes]) => [path, Buffer.from(bytes).toString('utf8')]));
}

/** Every file of the test repository below `content/news/`, as bytes. */
async function readNewsFolder(): Promise<Record<string, number[]>> {
  return page.evaluate(async (top) => {
    const files: Record<string, number[]> = {};
    const news = await (await (await (await navigator.storage.getDirectory()).getDirectoryHandle(top)).getDirectoryHandle('content')).getDirectoryHandle('news');
    for await (const [name, handle] of (news as unknown as { entries(): AsyncIterable<[string, FileSystemHandle]> }).entries()) {
      if (handle.kind === 'file') files[`content/news/${name}`] = [...new Uint8Array(await (await (handle as FileSystemFileHandle).getFile()).arrayBuffer())];
    }
    return files;
  }, TEST_REPOSITORY);
}

/**
 * Brings a field's control into view: the editor draws fields as they scroll near, so the
 * form is scrolled down (over the editing pane, the left half) until it exists.
 */
async function reveal(locator: Locator): Promise<Locator> {
  await page.mouse.move(300, 600);
  await expect
    .poll(async () => {
      if ((await locator.count()) > 0) return true;
      await page.mouse.wheel(0, 300);
      return false;
    }, { timeout: 10_000, interval: 50 })
    .toBe(true);
  await locator.scrollIntoViewIfNeeded();
  return locator;
}

/** Picks `option` in the searchable list of the field labelled `label`. */
async function choose(label: string, option: string | RegExp) {
  await (await reveal(page.getByRole('combobox', { name: label }))).click();
  await page.getByRole('option', { name: option }).first().click();
}

async function fill(label: string, value: string) {
  await (await reveal(page.getByRole('textbox', { name: label }).last())).fill(value);
}

/** Adds an item to a list; the editor's words around a name are set apart by direction isolates (U+2068, U+2069). */
async function add(item: string) {
  await (await reveal(page.getByRole('button', { name: new RegExp(`^Добави\\W*${item}\\W*$`) }))).click();
}

describe('the web editor at /admin/', () => {
  it('speaks Bulgarian and lists the three collections with their entries', async () => {
    for (const [collection, count] of [['Новини', 5], ['Клъстери', 3], ['Партньори', 15]] as const) {
      await expect.poll(() => page.getByRole('treeitem').filter({ hasText: new RegExp(`${collection}\\s*${count}\\s*$`) }).count()).toBe(1);
    }
    await page.screenshot({ path: join(tmpdir(), 'cluster-news-editor-collections.png') });
  });

  it('creates a post through the form that passes the content check unchanged and builds into a page', async () => {
    await page.goto(`${site.url}/admin/#/collections/news/new`);
    await fill('Заглавие', 'Среща с партньори от Гърция и Белгия');
    // The file is named as `npm run new` would name it: the official transliteration (щ → sht, ъ → a).
    await expect.poll(() => page.locator('[data-post-file-name]').textContent()).toBe('content/news/sreshta-s-partnyori-ot-gartsia-i-belgia.md');
    const title = (await page.locator('section.field[data-key-path="title"]').boundingBox())!;
    const fileName = (await page.locator('section.field[data-key-path="fileName"]').boundingBox())!;
    await page.screenshot({ path: join(tmpdir(), 'cluster-news-editor-file-name.png'), clip: { x: title.x, y: title.y, width: title.width, height: fileName.y + fileName.height - title.y } });
    await page.locator('input[type="date"]').first().fill('2026-12-03');
    await fill('Резюме', 'Клъстерът се срещна с двама европейски партньори в Антверпен.');
    await page.getByRole('radio', { name: 'София – град на знанието' }).check();
    await choose('Партньори', 'CHORUS Cluster');
    await choose('Партньори', /ECCP/);
    await fill('Име на събитието', 'Партньорска среща в Антверпен');
    await choose('Вид събитие', 'партньорска среща');
    await (await reveal(page.locator('input[type="date"]').nth(1))).fill('2026-12-02');
    await fill('Град', 'Антверпен');
    await choose('Държава', 'Белгия');
    await add('човек');
    await fill('Име на човек', 'Вихра Андонова');
    await fill('Роля', 'председател на контролния съвет');
    await add('тема');
    await fill('Тема', 'интелигентни градове');
    // A photo the test makes itself: the site never shows a fake photo.
    await add('снимка');
    const photo = await sharp({ create: { width: 1200, height: 675, channels: 3, background: '#2a6f97' } }).png().toBuffer();
    await page.locator('[data-key-path="images.0.src"] input[type="file"]').first().setInputFiles({ name: 'sreshta-v-antverpen.png', mimeType: 'image/png', buffer: photo });
    await fill('Описание на снимката (alt)', 'Синя тестова картина');
    const body = await reveal(page.getByRole('textbox', { name: 'Текст на новината' }));
    await body.click();
    await page.keyboard.type('Срещата се проведе в Антверпен.');
    await page.screenshot({ path: join(tmpdir(), 'cluster-news-editor-new-post.png'), fullPage: true });
    await page.getByRole('button', { name: 'Запази' }).click();

    await expect.poll(async () => Object.keys(await readNewsFiles()).length).toBe(6);
    const [path, text] = Object.entries(await readNewsFiles()).find(([file]) => !seeded[file])!;
    expect(path).toBe(`content/news/${makeNewsSlug('Среща с партньори от Гърция и Белгия')}.md`);
    expect(text).toMatch(/^---\ntitle: Среща с партньори от Гърция и Белгия\ndate: 2026-12-03\n/);

    // The files exactly as the editor would commit them, beside the real content: the post and its photo.
    const committed = await readNewsFolder();
    const photos = Object.keys(committed).filter((file) => file.endsWith('.png'));
    expect(photos).toEqual(['content/news/sreshta-v-antverpen.png']);
    expect(text).toMatch(/^images:\n {2}- src: (\.\/)?sreshta-v-antverpen\.png\n {4}alt: Синя тестова картина$/m);
    const fixture = await makeContentFixture();
    try {
      await fixture.write(path.replace(/^content\//, ''), text);
      await writeFile(join(fixture.contentRoot, photos[0]!.replace(/^content\//, '')), Buffer.from(committed[photos[0]!]!));
      const check = await checkContent(fixture.contentRoot, fixture.root);
      expect(check.problems.map(formatProblem)).toEqual([]);
      const post = check.news.find((entry) => entry.file === path)!;
      expect(post.data).toMatchObject({
        date: '2026-12-03',
        cluster: { id: 'sofia-grad-na-znanieto' },
        partners: [{ id: 'chorus-cluster' }, { id: 'eccp' }],
        event: { name: 'Партньорска среща в Антверпен', kind: 'partnership-meeting', start: '2026-12-02', city: 'Антверпен', country: 'BE' },
        people: [{ name: 'Вихра Андонова', role: 'председател на контролния съвет' }],
        topics: ['интелигентни градове'],
        images: [{ alt: 'Синя тестова картина' }],
        draft: false,
      });
      const built = await buildSite({ contentRoot: fixture.contentRoot });
      expect(built.code, built.output.slice(-2000)).toBe(0);
      const html = await readPage(built.outDir, `news/${post.id}/index.html`);
      expect(html).toContain('Среща с партньори от Гърция и Белгия');
      expect(html).toContain('Вихра Андонова');
      expect(html).toMatch(/<img[^>]+alt="Синя тестова картина"/);
    } finally {
      await fixture.remove();
    }
  });

  it('runs under its own policy with nothing blocked but the web fonts it has from the site', () => {
    // Sveltia CMS declares its fonts with jsDelivr addresses; the policy refuses them and the
    // icon font comes from the site (public/admin/fonts.css). Nothing else may fail.
    const unexpected = problems.filter((problem) => !/^Loading the font 'https:\/\/cdn\.jsdelivr\.net\/fontsource\/fonts\/[^']+' violates the following Content Security Policy directive: "font-src 'self'"/.test(problem));
    expect(unexpected).toEqual([]);
  });
});
