import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { headerPolicy } from '../../src/security/csp.ts';
import { startBrowsedSite, type BrowsedSite } from '../helpers/browser.ts';

// The site served as a host that honours _headers would: the policy as a header on top of
// the <meta> policy in every page. Both must hold for everything a reader does.
let site: BrowsedSite;

beforeAll(async () => {
  site = await startBrowsedSite({ headers: { 'Content-Security-Policy': headerPolicy() } });
});

afterAll(() => site?.close());

describe('with the Content Security Policy in force', () => {
  it('searches, opens the map and browses without a single violation or console error', async () => {
    const page = await site.browser.newPage();
    const problems: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'error') problems.push(message.text());
    });
    page.on('pageerror', (error) => problems.push(error.message));
    await page.addInitScript(() => {
      document.addEventListener('securitypolicyviolation', (event) => {
        console.error(`CSP violation: ${event.violatedDirective} ${event.blockedURI}`);
      });
    });

    await page.goto(`${site.url}/search/?q=toronto`);
    await page.waitForSelector('[data-search-results] a');
    await page.check('[data-facet="year"] input[value="2019"]');
    await page.waitForURL(/year=2019/);
    await page.goto(`${site.url}/map/`);
    await page.hover('.event-map a.marker[data-place="Солун"] circle');
    await page.click('.event-map a.marker[data-place="Торонто"] circle');
    await page.waitForURL(/uspeshno-priklyuchi/);
    await page.goto(`${site.url}/`);
    await page.keyboard.press('/');
    await page.keyboard.type('solun');
    await page.keyboard.press('Enter');
    await page.waitForSelector('[data-search-results] a');

    expect(await page.$eval('head meta[http-equiv="content-security-policy"]', (meta) => meta.getAttribute('content'))).toContain("'wasm-unsafe-eval'");
    expect(problems).toEqual([]);
    await page.close();
  });
});
