import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { launchBrowser } from '../scripts/lib/launch-browser.ts';
import { serveSite } from '../scripts/lib/serve-site.ts';

const site = await serveSite('/tmp/sb/dist');
const browser = await launchBrowser();
const context = await browser.newContext({ locale: 'bg-BG', viewport: { width: 1280, height: 900 } });
const page = await context.newPage();
page.on('pageerror', (e) => console.log('pageerror', e.message));
await context.route(/admin\/config\.yml/, async (route) => {
  const response = await route.fetch();
  await route.fulfill({ response, body: (await response.text()).replace(/^backend:\n(  .*\n)+/m, 'backend:\n  name: test-repo\n') });
});
const files: Record<string, string> = {};
for (const dir of ['clusters', 'partners', 'news']) for (const name of await readdir(join('content', dir))) files[`content/${dir}/${name}`] = await readFile(join('content', dir, name), 'utf8');
await page.goto(`${site.url}/404.html`);
await page.evaluate(async (files) => {
  const top = await (await navigator.storage.getDirectory()).getDirectoryHandle('sveltia-cms-test', { create: true });
  for (const [path, text] of Object.entries(files)) {
    const parts = path.split('/');
    let dir = top;
    for (const part of parts.slice(0, -1)) dir = await dir.getDirectoryHandle(part, { create: true });
    const writable = await (await dir.getFileHandle(parts.at(-1)!, { create: true })).createWritable();
    await writable.write(text);
    await writable.close();
  }
}, files);
await page.goto(`${site.url}/admin/`);
await page.getByRole('button', { name: 'Работа с тестово хранилище' }).click();
await page.waitForTimeout(1500);
await page.screenshot({ path: '/tmp/cms2.png' });
await page.goto(`${site.url}/admin/#/collections/news/new`);
const step = async (name: string, act: () => Promise<unknown>) => {
  try { await act(); console.log('ok', name); } catch (e) { console.log('FAIL', name, (e as Error).message.split('\n')[0]); await page.screenshot({ path: `/tmp/cms-fail.png`, fullPage: true }); }
};
await page.waitForTimeout(1500);
await page.getByRole('textbox', { name: 'Заглавие' }).fill('Среща в Пловдив');
await page.locator('button', { hasText: 'anchor' }).first().click().catch(async () => console.log(await page.locator('button').allInnerTexts()));
await page.waitForTimeout(800);
await page.screenshot({ path: '/tmp/cms-slug.png' });
console.log((await page.locator('body').innerText()).match(/.{0,200}slug.{0,200}/is)?.[0]);
await browser.close();
await site.close();
