import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';

/** Below this, Astro's heap is never limited: small archives never come near it. */
const FLOOR_MB = 1024;
/** Heap allowed per megabyte of news Markdown, above a fixed base for Astro and Vite themselves. */
const BASE_MB = 400;
const PER_CONTENT_MB = 10;

/**
 * The heap limit (`--max-old-space-size`) for `astro build`. Left alone, V8 lets Astro's
 * heap grow to several times what is live before collecting it: at 10,000 posts (63 MB of
 * Markdown) the process peaked at 1.8–2.4 GB warm and 1.95 GB cold; limited to 1,000 MB
 * it peaked at 1.47 GB warm and 1.66 GB cold, 2 s faster warm and as fast cold, while
 * 500 MB made it collect without end (twice as slow) and 700 MB was slower cold
 * (`/usr/bin/time` on `astro build` in a kept benchmark folder). What is live grows with
 * the content store, so the limit follows the size of the news files, at about 1.5 times
 * what was needed; `ASTRO_HEAP_MB` sets it by hand. Should an archive still outgrow it,
 * the build runs Astro again without a limit (`scripts/build.ts`).
 */
export async function chooseAstroHeapMb(newsDir: string, env: NodeJS.ProcessEnv = process.env): Promise<number> {
  const fixed = Number(env.ASTRO_HEAP_MB);
  if (Number.isInteger(fixed) && fixed > 0) return fixed;
  const entries = await readdir(newsDir, { recursive: true, withFileTypes: true }).catch(() => []);
  let bytes = 0;
  for (const entry of entries) {
    if (entry.isFile() && entry.name.endsWith('.md')) bytes += (await stat(join(entry.parentPath, entry.name))).size;
  }
  return Math.max(FLOOR_MB, Math.round(BASE_MB + (PER_CONTENT_MB * bytes) / 2 ** 20));
}

/** How a process that ran out of heap ends: V8 aborts it after „JavaScript heap out of memory“. */
export function ranOutOfHeap(code: number | null, signal: NodeJS.Signals | null): boolean {
  return signal === 'SIGABRT' || code === 134;
}
