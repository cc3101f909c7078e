/**
 * Verifies a built site before it is published: integrity, links, HTML, accessibility and
 * byte budgets. One summary line per check; exit code 1 names what failed.
 * With `--changed`, links and HTML are checked on the pages the last build changed (as
 * `npm run build` records them), the rest in full.
 * Usage: npm run build && npm run verify [-- --only integrity,links] [--changed]
 */
import { parseArgs } from 'node:util';
import { resolve } from 'node:path';
import { BASE_PATH, SITE_URL } from '../src/site-config.ts';
import { checkAccessibility } from './verify/check-accessibility.ts';
import { checkBudgets } from './verify/check-budgets.ts';
import { checkHtml } from './verify/check-html.ts';
import { checkIntegrity } from './verify/check-integrity.ts';
import { checkLanguages } from './verify/check-languages.ts';
import { checkLinks } from './verify/check-links.ts';
import type { CheckResult } from './verify/check-result.ts';
import { STORES } from '../src/node/stores.ts';
import { readChangedPages } from './lib/changed-pages.ts';

const projectRoot = process.cwd();
const outDir = resolve(projectRoot, process.env.ASTRO_OUT_DIR ?? 'dist');
const contentRoot = resolve(projectRoot, process.env.CONTENT_ROOT ?? 'content');
const { values } = parseArgs({ options: { only: { type: 'string' }, changed: { type: 'boolean' } } });
const only = values.only?.split(',');
/** The pages to check links and HTML of: the last build's changed pages with `--changed`, when its record is of this site. */
const record = values.changed ? await readChangedPages(STORES.changedPages.path) : undefined;
const pages = record?.site === outDir ? record.changed : undefined;
if (values.changed) console.log(pages ? `Links and HTML of the ${pages.length} pages the last build changed.` : 'No record of the last build for this site: every page is checked.');
const options = { outDir, projectRoot, contentRoot, site: SITE_URL, base: BASE_PATH, ...(pages ? { pages } : {}) };

const checks: [string, () => Promise<CheckResult>][] = [
  ['integrity', () => checkIntegrity(options)],
  ['languages', () => checkLanguages(options)],
  ['links', () => checkLinks(options)],
  ['html', () => checkHtml(options)],
  ['accessibility', () => checkAccessibility(options)],
  ['budgets', () => checkBudgets(options)],
];

const failed: string[] = [];
for (const [name, run] of checks.filter(([name]) => !only || only.includes(name))) {
  const started = performance.now();
  const outcome = await run().catch((error: unknown) => ({ name, ok: false, summary: 'could not run', problems: [String(error)] }));
  const took = ((performance.now() - started) / 1000).toFixed(1);
  console.log(`${outcome.ok ? '✓' : '✗'} ${name}: ${outcome.summary} (${took} s)`);
  for (const problem of outcome.problems) console.log(`    ${problem}`);
  if (!outcome.ok) failed.push(name);
}
if (failed.length) {
  console.error(`\nverify failed: ${failed.join(', ')}`);
  process.exit(1);
}
