import { describe, expect, it } from 'vitest';
import { runWithinBudget } from '../../src/lib/run-within-budget.ts';

describe('runWithinBudget', () => {
  it('runs side by side only what fits the budget, heaviest first, and everything once', async () => {
    let load = 0;
    let most = 0;
    const started: number[] = [];
    await runWithinBudget([1429, 2856, 2856, 2856], { weight: (pages) => pages, budget: 6000, limit: 4 }, async (pages) => {
      started.push(pages);
      load += pages;
      most = Math.max(most, load);
      await new Promise((resolve) => setTimeout(resolve, pages / 100));
      load -= pages;
    });
    expect(started.sort()).toEqual([1429, 2856, 2856, 2856].sort());
    expect(most).toBe(5712);
    expect(started).toHaveLength(4);
  });

  it('runs an item heavier than the budget alone, and keeps to the limit', async () => {
    let running = 0;
    const together: number[] = [];
    await runWithinBudget([9000, 100, 100, 100], { weight: (pages) => pages, budget: 6000, limit: 2 }, async (pages) => {
      together.push(++running);
      if (pages === 9000) expect(running).toBe(1);
      await new Promise((resolve) => setTimeout(resolve, 5));
      running--;
    });
    expect(Math.max(...together)).toBe(2);
  });

  it('stops with the first failure', async () => {
    await expect(runWithinBudget([1, 2], { weight: () => 1, budget: 1, limit: 1 }, async (item) => {
      if (item === 2) throw new Error('Pagefind stopped');
    })).rejects.toThrow('Pagefind stopped');
  });
});
