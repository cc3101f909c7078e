/**
 * Benchmarks a production build of N synthetic posts in a temporary copy of the site
 * (never in content/): a cold build, a warm build after editing one post, and the
 * verification, with wall time and peak memory per stage. Prints a table and JSON.
 * Usage: npm run bench -- --posts 1000 [--json bench.json] [--keep]
 */
import { spawn } from 'node:child_process';
import { cp, mkdir, mkdtemp, readdir, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import sharp from 'sharp';
import { readClusters, readPartners } from '../src/lib/content/check-content.ts';
import { generatePosts } from './bench/generate-posts.ts';

const { values } = parseArgs({
  options: { posts: { type: 'string', default: '1000' }, json: { type: 'string' }, keep: { type: 'boolean' } },
});
const count = Number(values.posts);
const projectRoot = process.cwd();
const COPIED = ['src', 'public', 'scripts', 'astro.config.ts', 'tsconfig.json', 'package.json', '.htmlvalidate.json'];

interface Run {
  seconds: number;
  peakMb: number;
  timings: Record<string, number>;
}

/**
 * Resident memory of a process and all its descendants, in KB. The build's own process
 * is not the whole story: Pagefind indexes in a child process of its own.
 */
async function readTreeRssKb(pid: number): Promise<number> {
  const status = await readFile(`/proc/${pid}/status`, 'utf8').catch(() => '');
  const own = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0);
  const tasks = await readdir(`/proc/${pid}/task`).catch(() => [] as string[]);
  const children = (await Promise.all(tasks.map((task) => readFile(`/proc/${pid}/task/${task}/children`, 'utf8').catch(() => ''))))
    .join(' ')
    .split(/\s+/)
    .filter(Boolean)
    .map(Number);
  const below = await Promise.all(children.map(readTreeRssKb));
  return below.reduce((sum, kb) => sum + kb, own);
}

/** Runs a Node script in the copy, reporting progress and the peak memory of it and its children, sampled every 250 ms. */
function run(label: string, cwd: string, args: string[], env: Record<string, string>, options: { mayFail?: boolean } = {}): Promise<Run & { ok: boolean; output: string }> {
  const started = performance.now();
  const child = spawn(process.execPath, args, { cwd, env: { ...process.env, ...env } });
  let output = '';
  let peakKb = 0;
  child.stdout.on('data', (chunk) => (output += chunk));
  child.stderr.on('data', (chunk) => (output += chunk));
  let ticks = 0;
  const poll = setInterval(async () => {
    // The tree's sum is sampled; the build process's own high-water mark catches its short peaks between samples.
    const ownPeak = Number(/VmHWM:\s+(\d+)/.exec(await readFile(`/proc/${child.pid}/status`, 'utf8').catch(() => ''))?.[1] ?? 0);
    peakKb = Math.max(peakKb, ownPeak, await readTreeRssKb(child.pid!));
    const progress = `${label}: ${((performance.now() - started) / 1000).toFixed(0)} s, ${Math.round(peakKb / 1024)} MB peak`;
    // One line rewritten in a terminal; a line every 10 s in a log.
    if (process.stderr.isTTY) process.stderr.write(`\r${progress}   `);
    else if (++ticks % 40 === 0) process.stderr.write(`${progress}\n`);
  }, 250);
  return new Promise((resolve, reject) =>
    child.on('close', (code) => {
      clearInterval(poll);
      process.stderr.write(`${process.stderr.isTTY ? '\n' : ''}${label}: done in ${((performance.now() - started) / 1000).toFixed(1)} s\n`);
      if (code !== 0 && !options.mayFail) return reject(new Error(`${label} failed:\n${output.slice(-4000)}`));
      const line = output.split('\n').find((l) => l.startsWith('BENCH_TIMINGS '));
      resolve({
        ok: code === 0,
        output,
        seconds: (performance.now() - started) / 1000,
        peakMb: Math.round(peakKb / 1024),
        timings: line ? (JSON.parse(line.slice('BENCH_TIMINGS '.length)) as Record<string, number>) : {},
      });
    }),
  );
}

/** Splits a build's marks into stages, in seconds. */
function stages(build: Run) {
  const t = build.timings;
  const s = (ms: number | undefined) => Number(((ms ?? 0) / 1000).toFixed(2));
  return {
    'startup and content sync': s(t['@build-start']),
    'page rendering': s((t['@pages-done'] ?? 0) - (t['@build-start'] ?? 0)),
    '  of which social cards': s(t['social cards']),
    '  of which feeds': s(t['feeds']),
    'search index': s(t['search index']),
  };
}

const root = await mkdtemp(join(tmpdir(), 'cluster-news-bench-'));
try {
  process.stderr.write(`Preparing ${count} posts in ${root}\n`);
  for (const path of COPIED) await cp(join(projectRoot, path), join(root, path), { recursive: true });
  await symlink(join(projectRoot, 'node_modules'), join(root, 'node_modules'));
  const contentRoot = join(root, 'content');
  await cp(join(projectRoot, 'content/clusters'), join(contentRoot, 'clusters'), { recursive: true });
  await cp(join(projectRoot, 'content/partners'), join(contentRoot, 'partners'), { recursive: true });
  await mkdir(join(contentRoot, 'news'), { recursive: true });
  const known = {
    clusters: (await readClusters(join(projectRoot, 'content'), projectRoot)).entries.map((e) => e.id),
    partners: (await readPartners(join(projectRoot, 'content'), projectRoot)).entries.map((e) => e.id),
  };
  const imageEvery = Math.max(1, Math.floor(count / 5));
  const posts = generatePosts(count, known, { imageEvery });
  const photo = await sharp({ create: { width: 1600, height: 900, channels: 3, background: '#3a7ca5' } }).png().toBuffer();
  for (const post of posts) {
    await writeFile(join(contentRoot, 'news', post.file), post.text);
    if (post.text.includes('images:')) await writeFile(join(contentRoot, 'news', post.file.replace(/\.md$/, '.png')), photo);
  }

  const env = {
    BENCH_TIMINGS: '1',
    ASTRO_TELEMETRY_DISABLED: '1',
    ASTRO_CACHE_DIR: join(root, 'cache/astro'),
    CARD_CACHE_DIR: join(root, 'cache/cards'),
  };
  const astro = [join(root, 'node_modules/astro/bin/astro.mjs'), 'build'];
  const cold = await run('cold build', root, astro, env);
  const edited = join(contentRoot, 'news', posts[0]!.file);
  await writeFile(edited, (await readFile(edited, 'utf8')).replace(/^title: "/m, 'title: "Обновено: '));
  const warm = await run('warm build (one post edited)', root, astro, env);
  // A failed check (a budget outgrown by the archive) is a finding to report, not a crash.
  const verify = await run('verify (integrity, links, html, budgets)', root, ['scripts/verify.ts', '--only', 'integrity,links,html,budgets'], env, { mayFail: true });

  const report = {
    posts: count,
    machine: { cpus: (await import('node:os')).cpus().length, node: process.version },
    cold: { seconds: Number(cold.seconds.toFixed(2)), peakMb: cold.peakMb, stages: stages(cold) },
    warm: { seconds: Number(warm.seconds.toFixed(2)), peakMb: warm.peakMb, stages: stages(warm) },
    verify: {
      seconds: Number(verify.seconds.toFixed(2)),
      peakMb: verify.peakMb,
      ok: verify.ok,
      checks: verify.output.split('\n').filter((line) => /^[✓✗] /.test(line) || line.startsWith('    ')),
    },
  };
  console.table(
    Object.fromEntries(
      [...Object.keys(report.cold.stages), 'total wall time (s)', 'peak memory (MB)'].map((stage) => [
        stage,
        {
          cold: stage === 'total wall time (s)' ? report.cold.seconds : stage === 'peak memory (MB)' ? report.cold.peakMb : report.cold.stages[stage as keyof typeof report.cold.stages],
          warm: stage === 'total wall time (s)' ? report.warm.seconds : stage === 'peak memory (MB)' ? report.warm.peakMb : report.warm.stages[stage as keyof typeof report.warm.stages],
        },
      ]),
    ),
  );
  console.log(`verify: ${report.verify.seconds} s, ${report.verify.peakMb} MB peak\n${report.verify.checks.join('\n')}`);
  console.log(JSON.stringify(report));
  if (values.json) await writeFile(values.json, JSON.stringify(report, null, 2));
} finally {
  if (!values.keep) await rm(root, { recursive: true, force: true });
}
