import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { startBrowsedSite, type BrowsedSite } from '../helpers/browser.ts';

const PAGE_TYPES = {
  home: '/',
  archive: '/news/',
  year: '/news/2019/',
  post: '/news/predstaviteli-na-chernomorski-energien-klaster-vzeha/',
  cluster: '/clusters/sofia-grad-na-znanieto/',
  clusters: '/clusters/',
  partner: '/partners/chorus-cluster/',
  partners: '/partners/',
  topic: '/topics/kragova-ikonomika/',
  map: '/map/',
  timeline: '/timeline/',
  search: '/search/?q=solun',
  missing: '/404.html',
};

let browser: Browser;
let site: BrowsedSite;

beforeAll(async () => {
  site = await startBrowsedSite();
  browser = site.browser;
});

afterAll(() => site?.close());

// 320 px: WCAG 2.2 Reflow (1.4.10) asks for no sideways scrolling at 320 CSS px.
describe.each([320, 375, 1280])('at %i px wide', (width) => {
  // One tab per width, taken from page to page as a reader would: a new browser context per
  // page took most of each test's time.
  let tab: Page;
  let errors: string[] = [];
  beforeAll(async () => {
    tab = await browser.newPage({ viewport: { width, height: 800 } });
    tab.on('console', (message) => {
      if (message.type() === 'error') errors.push(message.text());
    });
    tab.on('pageerror', (error) => errors.push(error.message));
    tab.on('response', (response) => {
      if (response.status() >= 400 && !response.url().endsWith('/404.html')) errors.push(`${response.status()} ${response.url()}`);
    });
  });
  afterAll(() => tab?.close());

  it.each(Object.entries(PAGE_TYPES))('the %s page fits without sideways scrolling or console errors', async (_name, path) => {
    errors = [];
    await tab.goto(site.url + path);
    // The search page draws its filters and results once its index answers.
    if (path.startsWith('/search/')) await tab.locator('[data-search-results] a').first().waitFor();
    const overflow = await tab.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    // A page that scrolls sideways is drawn for whoever fixes it.
    const shot = join(tmpdir(), `cluster-news-${_name}-${width}.png`);
    if (overflow > 0) await tab.screenshot({ path: shot, fullPage: true });
    expect(overflow, `scrolls sideways by ${overflow} px; see ${shot}`).toBeLessThanOrEqual(0);
    expect(errors).toEqual([]);
  });
});

describe('search on a phone', () => {
  it('puts the first result in the first screen, with the filters folded under „Филтри“ and their count', async () => {
    const page = await browser.newPage({ viewport: { width: 375, height: 740 } });
    await page.goto(`${site.url}/search/?q=solun`);
    const first = page.locator('[data-search-results] li').first();
    await first.waitFor();
    expect((await first.boundingBox())!.y).toBeLessThan(740 - 60);
    expect(await page.locator('[data-search-facets] fieldset').first().isVisible()).toBe(false);
    const summary = page.locator('[data-search-filters] > summary');
    expect((await summary.textContent())!.trim()).toBe('Филтри');
    await summary.click();
    await page.getByRole('group', { name: 'Град' }).getByText('Солун').click();
    await expect.poll(async () => (await summary.textContent())!.trim()).toBe('Филтри (1)');
    await page.close();
  });

  // Lighthouse's mobile run slows the processor four times; so does this, so late scripts show.
  it.each([
    [375, 740],
    [1280, 800],
  ])('keeps still while the search answers at %i px: cumulative layout shift under 0.05', async (width, height) => {
    const context = await browser.newContext({ viewport: { width, height } });
    const page = await context.newPage();
    await (await context.newCDPSession(page)).send('Emulation.setCPUThrottlingRate', { rate: 4 });
    await page.addInitScript(() => {
      const shifts: { value: number; hadRecentInput: boolean }[] = [];
      Object.assign(window, { shifts });
      new PerformanceObserver((list) => shifts.push(...(list.getEntries() as unknown as typeof shifts))).observe({ type: 'layout-shift', buffered: true });
    });
    await page.goto(`${site.url}/search/?q=${encodeURIComponent('солун')}`);
    await page.locator('[data-search-results] li').first().waitFor();
    await page.evaluate(() => document.fonts.ready);
    // Two frames more: a shift is reported once the frame that made it is drawn.
    await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
    const shift = await page.evaluate(() =>
      (window as unknown as { shifts: { value: number; hadRecentInput: boolean }[] }).shifts
        .filter((entry) => !entry.hadRecentInput)
        .reduce((sum, entry) => sum + entry.value, 0),
    );
    expect(shift).toBeLessThan(0.05);
    await context.close();
  });

  it('offers no filter value that would find nothing, and says which way the event sort runs', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    await page.goto(`${site.url}/search/?q=solun`);
    await page.locator('[data-search-results] li').first().waitFor();
    const city = page.getByRole('group', { name: 'Град' });
    expect(await city.getByRole('checkbox', { name: /Солун/ }).isDisabled()).toBe(false);
    expect(await city.getByRole('checkbox', { name: /Антверпен/ }).isDisabled()).toBe(true);
    expect(await page.locator('[data-search-sort] option[value="event"]').textContent()).toBe('По дата на събитието, най-новите първо');
    await page.close();
  });

  it('gives the message without JavaScript the page’s width, with its words apart', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    await page.goto(`${site.url}/search/`);
    const message = page.locator('.no-script');
    expect((await message.boundingBox())!.width).toBeGreaterThan(600);
    expect(await message.innerText()).toContain('архива, клъстерите');
    await context.close();
  });

  it('shows the filters beside the results on a wide screen, with no „Филтри“ to open', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    await page.goto(`${site.url}/search/?q=solun`);
    await page.locator('[data-search-results] li').first().waitFor();
    expect(await page.locator('[data-search-filters] > summary').isVisible()).toBe(false);
    expect(await page.locator('[data-search-facets] fieldset').first().isVisible()).toBe(true);
    await page.close();
  });
});

describe('news cards', () => {
  it('look the same on every list, whatever their heading rank', async () => {
    const page = await browser.newPage({ viewport: { width: 375, height: 740 } });
    const looks: Record<string, string> = {};
    for (const path of ['/news/', '/news/2019/', '/topics/kragova-ikonomika/', '/clusters/sofia-grad-na-znanieto/']) {
      await page.goto(site.url + path);
      looks[path] = await page.locator('.news-card').first().evaluate((card) => {
        const title = getComputedStyle(card.querySelector('.title')!);
        return `${title.fontSize} ${title.marginTop} ${title.marginBottom} ${getComputedStyle(card).paddingTop}`;
      });
    }
    await page.close();
    expect(new Set(Object.values(looks)).size, JSON.stringify(looks)).toBe(1);
  });
});

describe('titles on a phone', () => {
  it.each([
    '/news/predstaviteli-na-chernomorski-energien-klaster-vzeha/',
    '/news/uspeshno-priklyuchi-klasternata-sreshta-es-kanada/',
    '/news/klaster-zelena-sinergia-vze-uchastie-na-konferentsiyata-grow/',
  ])('leave no quote or lone word on a line of their own, and no line ending in a one-letter word (%s)', async (path) => {
    const page = await browser.newPage({ viewport: { width: 375, height: 740 } });
    await page.goto(site.url + path);
    // The title's lines as the browser set them: its characters grouped by their line.
    const lines = await page.evaluate(() => {
      const text = document.querySelector('h1')!.firstChild as Text;
      const range = document.createRange();
      const byTop = new Map<number, string>();
      for (let i = 0; i < text.length; i++) {
        range.setStart(text, i);
        range.setEnd(text, i + 1);
        const rect = range.getClientRects()[0];
        if (!rect) continue;
        const top = Math.round(rect.top);
        byTop.set(top, (byTop.get(top) ?? '') + text.data[i]);
      }
      return [...byTop.values()].map((line) => line.trim());
    });
    await page.close();
    expect(lines.length).toBeGreaterThan(1);
    for (const line of lines) expect(line, lines.join(' / ')).toMatch(/\p{L}/u);
    expect(lines.at(-1)!.split(/[\s\u00A0]+/).length, lines.join(' / ')).toBeGreaterThan(1);
    for (const line of lines) expect(line, lines.join(' / ')).not.toMatch(/(?:^|\s)[вВсСиИаАоОуУкК]$/u);
    // „ЕС-Канада“, „Еко-клъстерите“ are never split at their hyphen.
    for (const line of lines) expect(line, lines.join(' / ')).not.toMatch(/[-\u2011]$/u);
  });
});

describe('keyboard use', () => {
  it('reaches the skip link first and lands in the main content with it', async () => {
    const page = await browser.newPage();
    await page.goto(`${site.url}/news/`);
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent?.trim())).toBe('Към съдържанието');
    const outline = await page.evaluate(() => getComputedStyle(document.activeElement!).outlineStyle);
    expect(outline).not.toBe('none');
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('main');
    await page.close();
  });

  it('reaches the map markers with Tab and names the place on focus', async () => {
    const page = await browser.newPage();
    await page.goto(`${site.url}/map/`);
    let onMarker = false;
    for (let i = 0; i < 40 && !onMarker; i++) {
      await page.keyboard.press('Tab');
      onMarker = await page.evaluate(() => document.activeElement?.classList.contains('marker') ?? false);
    }
    expect(onMarker).toBe(true);
    const label = await page.evaluate(() => {
      const marker = document.activeElement!;
      return { tag: marker.tagName, visible: getComputedStyle(marker.querySelector('.label')!).visibility };
    });
    await page.close();
    expect(label).toEqual({ tag: 'a', visible: 'visible' });
  });

  it('copies a post’s address with „Копирай връзката“ and says so', async () => {
    const context = await browser.newContext();
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: site.url });
    const page = await context.newPage();
    await page.goto(`${site.url}/news/sreshta-s-gratskia-klaster-chorus-v-solun/`);
    await page.getByRole('button', { name: 'Копирай връзката' }).click();
    await expect.poll(() => page.locator('[data-copy-status]').textContent()).toBe('Връзката е копирана');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe('http://localhost:4321/news/sreshta-s-gratskia-klaster-chorus-v-solun/');
    // And back to the top of the long page.
    await page.getByRole('link', { name: 'Към началото ↑' }).click();
    await expect.poll(() => page.evaluate(() => window.scrollY)).toBe(0);
    await context.close();
  });

  it('shows no control that needs a script where none runs', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${site.url}/news/sreshta-s-gratskia-klaster-chorus-v-solun/`);
    expect(await page.locator('[data-copy-link]').isVisible()).toBe(false);
    expect(await page.locator('[data-theme-switch]').isVisible()).toBe(false);
    expect(await page.getByRole('link', { name: 'LinkedIn' }).isVisible()).toBe(true);
    await context.close();
  });

  it('prints a post without the menu, the search box or the footer', async () => {
    const page = await browser.newPage();
    await page.goto(`${site.url}/news/sreshta-s-gratskia-klaster-chorus-v-solun/`);
    await page.emulateMedia({ media: 'print' });
    for (const selector of ['.site-header nav', '.site-header [role="search"]', '.site-footer']) {
      expect(await page.locator(selector).isVisible(), selector).toBe(false);
    }
    expect(await page.locator('h1').isVisible()).toBe(true);
    await page.close();
  });

  it('switches the theme, remembers it on the next page, and draws that page in it from the start', async () => {
    const context = await browser.newContext({ colorScheme: 'light' });
    // The theme the page had when its <body> began: set any later, the page would flash in the other one.
    await context.addInitScript(() => {
      const record = window as unknown as { themeAtBody?: string | null };
      new MutationObserver((_changes, observer) => {
        if (!document.body) return;
        record.themeAtBody = document.documentElement.dataset.theme ?? null;
        observer.disconnect();
      }).observe(document, { childList: true, subtree: true });
    });
    const page = await context.newPage();
    await page.goto(`${site.url}/`);
    const toggle = page.getByRole('button', { name: /^Тема:/ });
    await expect.poll(() => toggle.getAttribute('aria-label')).toBe('Тема: системна');
    await toggle.click();
    await toggle.click();
    expect(await toggle.getAttribute('aria-label')).toBe('Тема: тъмна');
    expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe('rgb(20, 23, 27)');
    await page.goto(`${site.url}/news/`);
    expect(await page.evaluate(() => (window as unknown as { themeAtBody?: string | null }).themeAtBody)).toBe('dark');
    expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe('rgb(20, 23, 27)');
    await page.getByRole('button', { name: 'Тема: тъмна' }).click();
    expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe('rgb(251, 250, 247)');
    await context.close();
  });

  it('follows the system dark mode', async () => {
    const page = await browser.newPage({ colorScheme: 'dark' });
    await page.goto(`${site.url}/`);
    const background = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    await page.close();
    expect(background).toBe('rgb(20, 23, 27)');
  });
});
