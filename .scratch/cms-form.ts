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
await step('title', () => page.getByRole('textbox', { name: 'Заглавие' }).fill('Среща с партньори от Гърция и Белгия', { timeout: 5000 }));
await step('date', () => page.locator('input[type="date"]').first().fill('2026-12-03', { timeout: 5000 }));
await step('summary', () => page.getByRole('textbox', { name: 'Резюме' }).fill('Клъстерът се срещна с двама европейски партньори.', { timeout: 5000 }));
await step('cluster', () => page.getByRole('radio', { name: 'София – град на знанието' }).check({ timeout: 5000 }));
await step('partners open', () => page.getByRole('combobox').first().click({ timeout: 5000 }));
await step('partner 1', () => page.getByRole('option', { name: 'CHORUS Cluster' }).click({ timeout: 5000 }));
await step('partners open 2', () => page.getByRole('combobox').first().click({ timeout: 5000 }));
await step('partner 2', () => page.getByRole('option', { name: /ECCP/ }).click({ timeout: 5000 }));
await page.waitForTimeout(300);
await page.getByText('Събитие', { exact: true }).first().scrollIntoViewIfNeeded();
await page.screenshot({ path: '/tmp/cms6.png' });
await step('event name', () => page.getByRole('textbox', { name: 'Име на събитието' }).fill('Партньорска среща в Антверпен', { timeout: 5000 }));
const field = (label: string) => page.locator('section, [role=group], div').filter({ has: page.getByText(label, { exact: true }) }).last();
const combo = async (label: string, option: string | RegExp) => {
  await page.getByText(label, { exact: true }).first().scrollIntoViewIfNeeded();
  const box = page.getByRole('combobox', { name: label });
  await box.click({ timeout: 5000 });
  await page.getByRole('option', { name: option }).first().click({ timeout: 5000 });
};
await step('kind', () => combo('Вид събитие', 'партньорска среща'));
await step('start', async () => { await page.getByText('Първи ден', { exact: true }).first().scrollIntoViewIfNeeded(); await page.locator('input[type="date"]').nth(1).fill('2026-12-02', { timeout: 5000 }); });
await step('city', () => page.getByRole('textbox', { name: 'Град' }).fill('Антверпен', { timeout: 5000 }));
await step('country', () => combo('Държава', 'Белгия'));
await step('person add', async () => { await page.getByRole('button', { name: /Добави.*Хора/ }).scrollIntoViewIfNeeded(); await page.getByRole('button', { name: /Добави.*Хора/ }).click({ timeout: 5000 }); });
await step('person name', () => page.getByRole('textbox', { name: 'Име на човек' }).fill('Вихра Андонова', { timeout: 5000 }));
await step('person role', () => page.getByRole('textbox', { name: 'Роля' }).fill('председател на контролния съвет', { timeout: 5000 }));
await step('topic add', async () => { await page.getByRole('button', { name: /Добави.*Теми/ }).scrollIntoViewIfNeeded(); await page.getByRole('button', { name: /Добави.*Теми/ }).click({ timeout: 5000 }); });
await step('topic', () => page.getByRole('textbox', { name: 'Тема' }).fill('интелигентни градове', { timeout: 5000 }));
await step('body', async () => { const body = page.locator('[contenteditable="true"]').last(); await body.scrollIntoViewIfNeeded(); await body.click(); await page.keyboard.type('Срещата се проведе в Антверпен.'); });
await page.screenshot({ path: '/tmp/cms5.png', fullPage: true });
await step('save', () => page.getByRole('button', { name: 'Запази' }).click({ timeout: 5000 }));
await page.waitForTimeout(2000);
await page.screenshot({ path: '/tmp/cms7.png' });
const saved = await page.evaluate(async () => {
  const out: Record<string, string> = {};
  const walk = async (dir: FileSystemDirectoryHandle, prefix: string) => {
    for await (const [name, handle] of (dir as any).entries()) {
      if (handle.kind === 'directory') await walk(handle, `${prefix}${name}/`);
      else if (`${prefix}${name}`.startsWith('content/news/')) out[`${prefix}${name}`] = await (await handle.getFile()).text();
    }
  };
  await walk(await (await navigator.storage.getDirectory()).getDirectoryHandle('sveltia-cms-test'), '');
  return out;
});
for (const [path, text] of Object.entries(saved)) if (!files[path]) console.log('NEW', path, '\n' + text);
await browser.close();
await site.close();
