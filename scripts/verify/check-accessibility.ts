import { mapConcurrently } from '../../src/lib/map-concurrently.ts';
import { addAxe, runAxe } from '../lib/axe.ts';
import { launchBrowser } from '../lib/launch-browser.ts';
import { serveSite } from '../lib/serve-site.ts';
import { result, type CheckResult } from './check-result.ts';
import { findOtherLanguagePages, findPageTypes } from './page-types.ts';
import { listSiteFiles } from './site-files.ts';

const PAGES_AT_ONCE = 2;

const WCAG_22_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/** The WCAG 2.2 AA rules of axe-core whose outcome a colour scheme can change. */
const COLOUR_RULES = ['color-contrast', 'link-in-text-block'];

/** axe-core in real Chromium on every page type: zero WCAG 2.2 AA violations, and no contrast failure in the dark scheme either. */
export async function checkAccessibility(options: { outDir: string; base: string }): Promise<CheckResult> {
  const files = await listSiteFiles(options.outDir);
  const pageTypes = { ...findPageTypes(files), ...findOtherLanguagePages(files) };
  const site = await serveSite(options.outDir, options.base);
  const browser = await launchBrowser();
  const problems: string[] = [];
  let runs = 0;
  // One browser context for every page type, each page loaded into a tab already open: a
  // new context per page (a new renderer process) took longer than the checks themselves.
  try {
    const context = await browser.newContext();
    await addAxe(context);
    const tabs = await Promise.all(Array.from({ length: PAGES_AT_ONCE }, () => context.newPage()));
    // Each page is loaded once and checked in both colour schemes; two at a time, as axe
    // also waits on the browser between its rules.
    await mapConcurrently(Object.entries(pageTypes), PAGES_AT_ONCE, async ([type, path]) => {
      const page = tabs.pop()!;
      try {
        await page.emulateMedia({ colorScheme: 'light' });
        await page.goto(`${site.url}${options.base}${path}`);
        // The search has answered (with results, or with what to try instead).
        if (type.startsWith('search')) await page.waitForSelector('[data-search-results][aria-busy="false"]', { state: 'attached' });
        for (const colorScheme of ['light', 'dark'] as const) {
          await page.emulateMedia({ colorScheme });
          // Every rule in the light scheme; in the dark one only what colours decide, the rest being the same page.
          const { violations } = await runAxe(page, colorScheme === 'light' ? { type: 'tag', values: WCAG_22_AA } : { type: 'rule', values: COLOUR_RULES });
          for (const violation of violations) {
            problems.push(`${type} (${colorScheme}): ${violation.id} — ${violation.help} (${violation.nodes.map((n) => n.target.join(' ')).join(', ')})`);
          }
          runs++;
        }
      } finally {
        tabs.push(page);
      }
    });
  } finally {
    await browser.close();
    await site.close();
  }
  return result('accessibility', problems, `${runs} axe runs (${Object.keys(pageTypes).length} page types, light and dark), ${problems.length} violations`);
}
