import { chromium, type Browser } from 'playwright-core';
import { inject } from 'vitest';
import { serveSite } from '../../scripts/lib/serve-site.ts';
import { buildSharedSite } from './build-site.ts';

/** A fresh build of the site, served on loopback, and a browser to visit it. */
export interface BrowsedSite {
  browser: Browser;
  url: string;
  close(): Promise<void>;
}

/** Builds the site (or takes the run's shared build), serves it and connects to the run's browser; for a test file's `beforeAll`. */
export async function startBrowsedSite(
  options: { base?: string; site?: string; headers?: Record<string, string>; env?: Record<string, string> } = {},
): Promise<BrowsedSite> {
  const base = options.base ?? '/';
  const build = await buildSharedSite({ ...(options.base ? { BASE_PATH: base } : {}), ...(options.site ? { SITE_URL: options.site } : {}), ...options.env });
  if (build.code !== 0) throw new Error(build.output);
  const site = await serveSite(build.outDir, base, options.headers);
  const browser = await chromium.connect(inject('browserEndpoint'));
  return {
    browser,
    url: site.url,
    close: async () => {
      await browser.close();
      await site.close();
    },
  };
}
