import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { parse } from 'node-html-parser';
import { readShardManifest } from '../../src/node/search/index-post-shards.ts';
import { PAGEFIND_DIR } from '../../src/node/search/index-post-shards.ts';
import { result, type CheckResult } from './check-result.ts';
import { findPageTypes, type PageType } from './page-types.ts';
import { listSiteFiles } from './site-files.ts';

export interface Budget {
  html: number;
  css: number;
  js: number;
}

/**
 * Only the search page runs real JavaScript; every page carries the theme (set before the
 * first paint) and the header's small script: the search-box shortcut, the theme switch and
 * „Копирай връзката“.
 */
const SMALL_SCRIPTS_ONLY = 1_500;
const DEFAULT: Budget = { html: 12_000, css: 6_000, js: SMALL_SCRIPTS_ONLY };

/** Gzipped bytes each page type may send, HTML, CSS and JS apart. Maps are inline SVG. */
// Pages with a map (home, cluster, map) carry one marker and one list entry per place,
// about 340 B gzip each: they grow with the places clusters have been to, never with the
// number of posts. Their budgets hold a map of every city the importer knows, which the
// benchmark's archives reach.
export const BUDGETS: Record<PageType, Budget> = {
  home: { ...DEFAULT, html: 56_000 },
  archive: DEFAULT,
  year: DEFAULT,
  post: { ...DEFAULT, html: 16_000 },
  clusters: DEFAULT,
  cluster: { ...DEFAULT, html: 60_000 },
  partners: DEFAULT,
  partner: DEFAULT,
  topic: DEFAULT,
  // The search page's own script plus Pagefind's loader, fetched when the page starts.
  search: { ...DEFAULT, js: 25_000 },
  map: { ...DEFAULT, html: 65_000 },
  timeline: DEFAULT,
  missing: DEFAULT,
};

/**
 * What each shard of the search index after the first may add to the search page's JS:
 * its own Pagefind loader (12.8 KB gzip). Only archives of several thousand posts have
 * more than one shard (see `index-post-shards.ts`).
 */
export const JS_PER_EXTRA_SHARD = 14_000;

/** Pagefind's loader of each shard of the search index. */
async function listShardLoaders(outDir: string): Promise<string[]> {
  const manifest = await readShardManifest(outDir);
  return manifest.shards.map((shard) => join(outDir, PAGEFIND_DIR, shard.path, 'pagefind.js'));
}

const gzipped = async (file: string) => gzipSync(await readFile(file)).length;

/** Measures every page type against its budget; a failure names the page and the excess. */
export async function checkBudgets(options: { outDir: string; base: string }): Promise<CheckResult> {
  const problems: string[] = [];
  const totals: string[] = [];
  const local = (url: string) => join(options.outDir, url.slice(options.base.length));
  const pageTypes = findPageTypes(await listSiteFiles(options.outDir));
  for (const [type, path] of Object.entries(pageTypes) as [PageType, string][]) {
    const file = join(options.outDir, path.split('?')[0]!.endsWith('.html') ? path : `${path.split('?')[0]}index.html`);
    const html = parse(await readFile(file, 'utf8'));
    const css = html.querySelectorAll('link[rel=stylesheet]').map((link) => local(link.getAttribute('href')!));
    const js = html.querySelectorAll('script[src]').map((script) => local(script.getAttribute('src')!));
    const loaders = type === 'search' ? await listShardLoaders(options.outDir) : [];
    js.push(...loaders);
    const budget = { ...BUDGETS[type], js: BUDGETS[type].js + Math.max(0, loaders.length - 1) * JS_PER_EXTRA_SHARD };
    const measured: Budget = {
      html: await gzipped(file),
      css: (await Promise.all(css.map(gzipped))).reduce((a, b) => a + b, 0),
      js: (await Promise.all(js.map(gzipped))).reduce((a, b) => a + b, 0),
    };
    for (const kind of ['html', 'css', 'js'] as const) {
      const over = measured[kind] - budget[kind];
      if (over > 0) problems.push(`${type} (${path || '/'}): ${kind} ${measured[kind]} B gzip, ${over} B over the budget of ${budget[kind]} B`);
    }
    totals.push(`${type} ${measured.html}/${measured.css}/${measured.js}`);
  }
  return result('budgets', problems, `gzip bytes html/css/js: ${totals.join(', ')}`);
}
