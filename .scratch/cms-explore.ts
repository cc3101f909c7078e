import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { launchBrowser } from '../scripts/lib/launch-browser.ts';
import { serveSite } from '../scripts/lib/serve-site.ts';

const site = await serveSite('/tmp/sb/dist');
const browser = await launchBrowser();
const context = await browser.newContext({ locale: 'bg-BG', viewport: { width: 1280, height: 900 } });
const page = await context.newPage();
page.on('console', (m) => { if (!/ERR_NAME|debug|info/.test(m.text() + m.type())) console.log('console', m.type(), m.text().slice(0, 300)); });
page.on('pageerror', (e) => console.log('pageerror', e.message));
await context.route(/config\.yml/, async (route) => {
  console.log('ROUTE', route.request().url());
  const response = await route.fetch();
  const text = (await response.text()).replace(/^backend:\n(  .*\n)+/m, 'backend:\n  name: test-repo\n');
  await route.fulfill({ response, body: text });
});
const files: Record<string, string> = {};
for (const dir of ['clusters', 'partners', 'news']) {
  for (const name of await readdir(join('content', dir))) files[`content/${dir}/${name}`] = await readFile(join('content', dir, name), 'utf8');
}
await page.goto(`${site.url}/404.html`);
await page.evaluate(async (files) => {
  const root = await navigator.storage.getDirectory();
  const top = await root.getDirectoryHandle('sveltia-cms-test', { create: true });
  for (const [path, text] of Object.entries(files)) {
    const parts = path.split('/');
    let dir = top;
    for (const part of parts.slice(0, -1)) dir = await dir.getDirectoryHandle(part, { create: true });
    const handle = await dir.getFileHandle(parts.at(-1)!, { create: true });
    const writable = await handle.createWritable();
    await writable.write(text);
    await writable.close();
  }
}, files);
await page.goto(`${site.url}/admin/`);
await page.getByRole('button', { name: 'Работа с тестово хранилище' }).click();
await page.waitForTimeout(3000);
await page.screenshot({ path: '/tmp/cms2.png' });
await page.goto(`${site.url}/admin/#/collections/news/new`);
await page.waitForTimeout(3000);
await page.screenshot({ path: '/tmp/cms3.png', fullPage: true });
console.log((await page.locator('body').innerText()).slice(0, 3000));
await browser.close();
await site.close();
