import type { AstroIntegration } from 'astro';
import { markMoment, readTimings } from '../lib/bench-timer.ts';

/** With BENCH_TIMINGS set, marks the build's stages and prints them as one JSON line at the end. */
export function benchTimingsIntegration(): AstroIntegration {
  return {
    name: 'cluster-news-bench-timings',
    hooks: {
      'astro:config:done': () => markMoment('config'),
      'astro:build:start': () => markMoment('build-start'),
      'astro:build:generated': () => markMoment('pages-done'),
      'astro:build:done': () => {
        markMoment('done');
        if (process.env.BENCH_TIMINGS) console.log(`BENCH_TIMINGS ${JSON.stringify(readTimings())}`);
      },
    },
  };
}
