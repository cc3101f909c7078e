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
await page.getByRole('button', { name: /^Добави\W*снимка\W*$/ }).scrollIntoViewIfNeeded();
await page.getByRole('button', { name: /^Добави\W*снимка\W*$/ }).click();
await page.waitForTimeout(500);
await page.screenshot({ path: '/tmp/cms-img1.png' });
console.log(await page.locator('button').allInnerTexts());
console.log('file inputs', await page.locator('input[type=file]').count());
await page.locator('input[type=file]').first().setInputFiles('/tmp/sreshta.png');
await page.waitForTimeout(1500);
await page.screenshot({ path: '/tmp/cms-img2.png' });
await page.getByRole('button', { name: 'Вмъкни' }).click({ timeout: 5000 }).catch((e) => console.log('insert', e.message.split('\n')[0]));
await page.waitForTimeout(800);
await page.getByRole('textbox', { name: 'Описание на снимката (alt)' }).fill('Участниците в срещата');
await page.getByRole('textbox', { name: 'Заглавие' }).fill('Среща в Пловдив');
await page.screenshot({ path: '/tmp/cms-img3.png' });
await page.getByRole('button', { name: 'Запази' }).click();
await page.waitForTimeout(2000);
await page.screenshot({ path: '/tmp/cms-img4.png' });
const saved = await page.evaluate(async () => {
  const out: string[] = [];
  const walk = async (dir: FileSystemDirectoryHandle, prefix: string) => {
    for await (const [name, handle] of (dir as any).entries()) {
      if (handle.kind === 'directory') await walk(handle, `${prefix}${name}/`);
      else out.push(`${prefix}${name}` + (name.endsWith('.md') && name.includes('plovdiv') ? '\n' + (await (await handle.getFile()).text()) : ''));
    }
  };
  await walk(await (await navigator.storage.getDirectory()).getDirectoryHandle('sveltia-cms-test'), '');
  return out;
});
console.log(saved.filter((x) => !x.endsWith('.yaml')).join('\n'));
await browser.close();
await site.close();
