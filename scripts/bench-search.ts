/**
 * Compares the ways of handing a built site to Pagefind (see `IndexStrategy`): wall time,
 * files read, peak memory of the process and Pagefind's own, and index size.
 * Each strategy runs three times in a fresh process; the table shows the median. With
 * `--content`, a fourth row indexes the posts from the content through `addCustomRecord`.
 * Usage: npm run bench:search -- <built site folder, e.g. dist> [--content <content folder>]
 */
import { readdir, stat } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { INDEX_STRATEGIES, PAGEFIND_DIR } from '../src/integrations/index-site.ts';
import { runMeasured } from './bench/run-measured.ts';

const { values, positionals } = parseArgs({ allowPositionals: true, options: { content: { type: 'string' } } });
const site = resolve(positionals[0] ?? 'dist');

async function folderBytes(dir: string): Promise<number> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  const sizes = await Promise.all(entries.filter((e) => e.isFile()).map((e) => stat(join(e.parentPath, e.name)).then((s) => s.size)));
  return sizes.reduce((sum, size) => sum + size, 0);
}

const rows: Record<string, { seconds: number; files: number; peakMb: number; indexMb: number | undefined }> = {};
const ways = [
  ...INDEX_STRATEGIES.map((strategy) => ({ name: strategy as string, args: ['scripts/bench/index-search-once.ts', site, strategy] })),
  ...(values.content ? [{ name: 'custom-records', args: ['scripts/bench/index-records-once.ts', resolve(values.content)] }] : []),
];
for (const way of ways) {
  const runs = [];
  for (let i = 0; i < 3; i++) {
    const run = await runMeasured(`${way.name} #${i + 1}`, process.cwd(), way.args, {});
    const [, files, seconds] = /INDEXED (\d+) ([\d.]+)/.exec(run.output) ?? [];
    runs.push({ seconds: Number(seconds), files: Number(files), peakMb: run.peakMb });
  }
  runs.sort((a, b) => a.seconds - b.seconds);
  // The custom records write no index; the size is that of the strategies that do.
  const indexMb = way.name === 'custom-records' ? undefined : Number(((await folderBytes(join(site, PAGEFIND_DIR))) / 1e6).toFixed(1));
  rows[way.name] = { ...runs[1]!, indexMb };
}
console.table(rows);
console.log(JSON.stringify(rows));
