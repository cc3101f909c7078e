import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startBrowsedSite, type BrowsedSite } from '../helpers/browser.ts';

// A GitHub Pages project site lives below /<repo>/: search must work there too.
const BASE = '/klasteri/';
let site: BrowsedSite;

beforeAll(async () => {
  // Built for the address of tests/build/discovery.test.ts, whose build it shares, and served here.
  site = await startBrowsedSite({ base: BASE, site: 'https://example.github.io' });
});

afterAll(() => site?.close());

describe('the site at a sub-path', () => {
  it('searches and links results to post pages below the sub-path', async () => {
    const page = await site.browser.newPage();
    const failed: string[] = [];
    page.on('response', (response) => {
      if (response.status() >= 400) failed.push(`${response.status()} ${response.url()}`);
    });
    await page.goto(`${site.url}${BASE}search/?q=solun`);
    await page.waitForSelector('[data-search-results] a');
    const href = await page.getAttribute('[data-search-results] a', 'href');
    expect(href).toBe(`${BASE}news/sreshta-s-gratskia-klaster-chorus-v-solun/`);
    await page.click('[data-search-results] a');
    await page.waitForURL(new RegExp(`${BASE}news/sreshta-s-gratskia-klaster-chorus-v-solun/$`));
    // One-letter words stay with the next word (no-break spaces).
    expect(await page.textContent('h1')).toBe('Среща с\u00A0гръцкия Клъстер CHORUS в\u00A0Солун');
    expect(failed).toEqual([]);
    await page.close();
  });
});
