/**
 * Compares the ways of handing a built site to Pagefind (see `IndexStrategy`): wall time,
 * files read, peak memory of the process and Pagefind's own, and index size.
 * Each strategy runs three times in a fresh process; the table shows the median.
 * Usage: npm run bench:search -- <built site folder, e.g. dist>
 */
import { readdir, stat } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { INDEX_STRATEGIES, PAGEFIND_DIR } from '../src/integrations/index-site.ts';
import { runMeasured } from './bench/run-measured.ts';

const site = resolve(process.argv[2] ?? 'dist');

async function folderBytes(dir: string): Promise<number> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  const sizes = await Promise.all(entries.filter((e) => e.isFile()).map((e) => stat(join(e.parentPath, e.name)).then((s) => s.size)));
  return sizes.reduce((sum, size) => sum + size, 0);
}

const rows: Record<string, { seconds: number; files: number; peakMb: number; indexMb: number }> = {};
for (const strategy of INDEX_STRATEGIES) {
  const runs = [];
  for (let i = 0; i < 3; i++) {
    const run = await runMeasured(`${strategy} #${i + 1}`, process.cwd(), ['scripts/bench/index-search-once.ts', site, strategy], {});
    const [, files, seconds] = /INDEXED (\d+) ([\d.]+)/.exec(run.output) ?? [];
    runs.push({ seconds: Number(seconds), files: Number(files), peakMb: run.peakMb });
  }
  runs.sort((a, b) => a.seconds - b.seconds);
  rows[strategy] = { ...runs[1]!, indexMb: Number(((await folderBytes(join(site, PAGEFIND_DIR))) / 1e6).toFixed(1)) };
}
console.table(rows);
console.log(JSON.stringify(rows));
