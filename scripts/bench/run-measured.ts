import { spawn } from 'node:child_process';
import { readdir, readFile } from 'node:fs/promises';

export interface MeasuredRun {
  seconds: number;
  /** Peak of the sum over the process tree (shared pages count once per process). */
  peakMb: number;
  /** Peak of each process on its own, by name. */
  peakMbByProcess: Record<string, number>;
  /** What each process held, by name, at the moment the tree's sum peaked. */
  atPeakMbByProcess: Record<string, number>;
  timings: Record<string, number>;
}

/** What a process is, for the report: its script or program name (`astro.mjs`, `card-drawer-worker.ts`, `pagefind_extended`). */
function nameProcess(cmdline: string): string {
  const args = cmdline.split('\0').filter(Boolean);
  const script = args.find((arg, index) => index > 0 && /\.(m?js|ts)$/.test(arg));
  return (script ?? args[0] ?? '?').split('/').at(-1)!;
}

/**
 * Resident memory of a process and all its descendants, in KB, in total and by process
 * name. The build's own process is not the whole story: Astro, the card drawer and
 * Pagefind each run in a process of their own.
 */
async function readTreeRssKb(pid: number, byName: Map<string, number>): Promise<number> {
  const status = await readFile(`/proc/${pid}/status`, 'utf8').catch(() => '');
  const own = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0);
  const name = nameProcess(await readFile(`/proc/${pid}/cmdline`, 'utf8').catch(() => ''));
  byName.set(name, (byName.get(name) ?? 0) + own);
  const tasks = await readdir(`/proc/${pid}/task`).catch(() => [] as string[]);
  const children = (await Promise.all(tasks.map((task) => readFile(`/proc/${pid}/task/${task}/children`, 'utf8').catch(() => ''))))
    .join(' ')
    .split(/\s+/)
    .filter(Boolean)
    .map(Number);
  const below = await Promise.all(children.map((child) => readTreeRssKb(child, byName)));
  return below.reduce((sum, kb) => sum + kb, own);
}

/** Runs a Node script, reporting progress and the peak memory of it and its children, sampled every 250 ms. */
export function runMeasured(label: string, cwd: string, args: string[], env: Record<string, string>, options: { mayFail?: boolean } = {}): Promise<MeasuredRun & { ok: boolean; output: string }> {
  const started = performance.now();
  const child = spawn(process.execPath, args, { cwd, env: { ...process.env, ...env } });
  let output = '';
  let peakKb = 0;
  const peakKbByName = new Map<string, number>();
  let atPeakKbByName = new Map<string, number>();
  child.stdout.on('data', (chunk) => (output += chunk));
  child.stderr.on('data', (chunk) => (output += chunk));
  let ticks = 0;
  const sample = async () => {
    // The tree's sum is sampled; the build process's own high-water mark catches its short peaks between samples.
    const ownPeak = Number(/VmHWM:\s+(\d+)/.exec(await readFile(`/proc/${child.pid}/status`, 'utf8').catch(() => ''))?.[1] ?? 0);
    const byName = new Map<string, number>();
    const treeKb = await readTreeRssKb(child.pid!, byName);
    if (treeKb > peakKb) atPeakKbByName = byName;
    peakKb = Math.max(peakKb, ownPeak, treeKb);
    for (const [name, kb] of byName) peakKbByName.set(name, Math.max(peakKbByName.get(name) ?? 0, kb));
    const progress = `${label}: ${((performance.now() - started) / 1000).toFixed(0)} s, ${Math.round(peakKb / 1024)} MB peak`;
    // One line rewritten in a terminal; a line every 10 s in a log.
    if (process.stderr.isTTY) process.stderr.write(`\r${progress}   `);
    else if (++ticks % 40 === 0) process.stderr.write(`${progress}\n`);
  };
  // At once, so a process shorter than the sampling interval still has a figure.
  child.on('spawn', sample);
  const poll = setInterval(sample, 250);
  return new Promise((resolve, reject) =>
    child.on('close', (code) => {
      clearInterval(poll);
      process.stderr.write(`${process.stderr.isTTY ? '\n' : ''}${label}: done in ${((performance.now() - started) / 1000).toFixed(1)} s\n`);
      if (code !== 0 && !options.mayFail) return reject(new Error(`${label} failed:\n${output.slice(-4000)}`));
      // The build prints one line and Astro, its child, another: their marks have different names.
      const lines = output.split('\n').filter((l) => l.startsWith('BENCH_TIMINGS '));
      resolve({
        ok: code === 0,
        output,
        seconds: (performance.now() - started) / 1000,
        peakMb: Math.round(peakKb / 1024),
        peakMbByProcess: Object.fromEntries([...peakKbByName].map(([name, kb]) => [name, Math.round(kb / 1024)])),
        atPeakMbByProcess: Object.fromEntries([...atPeakKbByName].filter(([, kb]) => kb >= 10 * 1024).map(([name, kb]) => [name, Math.round(kb / 1024)])),
        timings: Object.assign({}, ...lines.map((l) => JSON.parse(l.slice('BENCH_TIMINGS '.length)) as Record<string, number>)),
      });
    }),
  );
}

