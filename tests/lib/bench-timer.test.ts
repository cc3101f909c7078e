import { afterEach, describe, expect, it, vi } from 'vitest';
import { readTimings, timePart } from '../../src/lib/bench-timer.ts';

afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllEnvs();
});

describe('timePart', () => {
  it('counts the wall time of overlapping runs once, and separate runs each', async () => {
    vi.stubEnv('BENCH_TIMINGS', '1');
    vi.useFakeTimers({ toFake: ['setTimeout', 'performance'] });
    const wait = (ms: number) => () => new Promise<void>((resolve) => setTimeout(resolve, ms));
    const before = readTimings()['test part'] ?? 0;
    // Two cards drawn at once from 0 to 100 ms, and a third from 100 to 150 ms.
    const overlapping = Promise.all([timePart('test part', wait(100)), timePart('test part', wait(60))]);
    await vi.advanceTimersByTimeAsync(100);
    await overlapping;
    const third = timePart('test part', wait(50));
    await vi.advanceTimersByTimeAsync(50);
    await third;
    expect(readTimings()['test part']! - before).toBeCloseTo(150, 0);
  });
});
