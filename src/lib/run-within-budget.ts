/**
 * Runs `work` on every item, heaviest first, as many at once as fit within `budget` (by
 * `weight`) and `limit`; an item heavier than the budget runs alone. For jobs whose memory
 * grows with their size, such as Pagefind indexing a shard of the search index.
 */
export async function runWithinBudget<T>(
  items: readonly T[],
  options: { weight: (item: T) => number; budget: number; limit: number },
  work: (item: T) => Promise<void>,
): Promise<void> {
  const waiting = [...items].sort((a, b) => options.weight(b) - options.weight(a));
  const running = new Set<Promise<void>>();
  let load = 0;
  while (waiting.length || running.size) {
    const next = running.size < options.limit ? waiting.findIndex((item) => running.size === 0 || load + options.weight(item) <= options.budget) : -1;
    if (next < 0) {
      await Promise.race(running);
      continue;
    }
    const [item] = waiting.splice(next, 1) as [T];
    const weight = options.weight(item);
    load += weight;
    const job: Promise<void> = work(item).finally(() => {
      load -= weight;
      running.delete(job);
    });
    running.add(job);
  }
}
