/**
 * Wall time spent in named parts of a build, for `npm run bench`. Pages and integrations
 * run in one Node process but in different module instances, so the totals live on
 * `globalThis`. Costs nothing unless BENCH_TIMINGS is set.
 */
type Totals = Record<string, number>;

const enabled = () => Boolean(process.env.BENCH_TIMINGS);
const totals = (): Totals => ((globalThis as { __clusterNewsBench?: Totals }).__clusterNewsBench ??= {});

/** Runs `work`, adding its wall time to the total of `part`. */
export async function timePart<T>(part: string, work: () => Promise<T>): Promise<T> {
  if (!enabled()) return work();
  const started = performance.now();
  try {
    return await work();
  } finally {
    totals()[part] = (totals()[part] ?? 0) + performance.now() - started;
  }
}

/** Marks a moment of the build, as milliseconds since the process started. */
export function markMoment(name: string): void {
  if (enabled()) totals()[`@${name}`] = performance.now();
}

/** The collected figures, printed by the timing integration at the end of the build. */
export function readTimings(): Totals {
  return { ...totals() };
}
