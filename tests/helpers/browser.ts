import type { Browser } from 'playwright-core';
import { launchBrowser } from '../../scripts/lib/launch-browser.ts';
import { serveSite } from '../../scripts/lib/serve-site.ts';
import { buildSite } from './build-site.ts';

/** A fresh build of the site, served on loopback, and a browser to visit it. */
export interface BrowsedSite {
  browser: Browser;
  url: string;
  close(): Promise<void>;
}

/** Builds the site, serves it and launches Chromium; for a test file's `beforeAll`. */
export async function startBrowsedSite(
  options: { base?: string; site?: string; headers?: Record<string, string>; env?: Record<string, string> } = {},
): Promise<BrowsedSite> {
  const base = options.base ?? '/';
  const build = await buildSite({
    env: { BASE_PATH: base, ...(options.site ? { SITE_URL: options.site } : {}), ...options.env },
  });
  if (build.code !== 0) throw new Error(build.output);
  const site = await serveSite(build.outDir, base, options.headers);
  const browser = await launchBrowser();
  return {
    browser,
    url: site.url,
    close: async () => {
      await browser.close();
      await site.close();
    },
  };
}
