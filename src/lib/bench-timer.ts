/**
 * Wall time spent in named parts of a build, for `npm run bench`. Pages and integrations
 * run in one Node process but in different module instances, so the totals live on
 * `globalThis`. Costs nothing unless BENCH_TIMINGS is set.
 */
type Totals = Record<string, number>;

const enabled = () => Boolean(process.env.BENCH_TIMINGS);
const totals = (): Totals => ((globalThis as { __clusterNewsBench?: Totals }).__clusterNewsBench ??= {});

/** How many runs of each part are under way, so overlapping runs count their wall time once. */
const running = (): Record<string, { count: number; since: number }> =>
  ((globalThis as { __clusterNewsBenchRunning?: Record<string, { count: number; since: number }> }).__clusterNewsBenchRunning ??= {});

/**
 * Runs `work`, adding to the total of `part` the wall time during which at least one run
 * of it was under way: pages render four at a time, and summing each card's own time
 * would count the same second up to four times.
 */
export async function timePart<T>(part: string, work: () => Promise<T>): Promise<T> {
  if (!enabled()) return work();
  const state = (running()[part] ??= { count: 0, since: 0 });
  if (state.count++ === 0) state.since = performance.now();
  try {
    return await work();
  } finally {
    if (--state.count === 0) totals()[part] = (totals()[part] ?? 0) + performance.now() - state.since;
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
