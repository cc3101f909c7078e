import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { launchBrowserServer } from '../scripts/lib/launch-browser.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Where the suite's one browser listens (see `tests/helpers/browser.ts`). */
    browserEndpoint: string;
    /** Where builds shared between test files are kept for this run (see `buildSharedSite`). */
    sharedBuilds: string;
  }
}

/**
 * Once per run: one browser for every browser test, and a folder for the builds test files
 * share. Without a browser the run stops here with one line saying how to install one.
 */
export default async function setup(project: TestProject) {
  const browser = await launchBrowserServer();
  const sharedBuilds = await mkdtemp(join(tmpdir(), 'cluster-news-shared-'));
  project.provide('browserEndpoint', browser.wsEndpoint());
  project.provide('sharedBuilds', sharedBuilds);
  return async () => {
    await browser.close();
    await rm(sharedBuilds, { recursive: true, force: true });
  };
}
