import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { BrowserContext, Page } from 'playwright-core';
import type { AxeResults, RunOptions } from 'axe-core';

/** axe-core's browser bundle, read once. */
const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/**
 * Puts axe-core into every page of `context` as the page loads. `@axe-core/playwright`
 * injects it again into every frame on every run, which took most of the time of each
 * check (5.4 s against 3.7 s for six pages, load included); the site has no frames.
 */
export async function addAxe(context: BrowserContext): Promise<void> {
  await context.addInitScript(AXE_SOURCE);
}

/** Runs axe-core on a page of a context prepared by `addAxe`: the whole page, or the elements `include` selects. */
export function runAxe(page: Page, only: NonNullable<RunOptions['runOnly']>, include?: string): Promise<AxeResults> {
  return page.evaluate(
    ([runOnly, selector]) => (window as unknown as { axe: typeof import('axe-core') }).axe.run(selector ? { include: [selector] } : document, { runOnly }),
    [only, include] as const,
  );
}
