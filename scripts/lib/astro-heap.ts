import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';

/** Below this, Astro's heap is never limited: small archives never come near it. */
const FLOOR_MB = 1024;
/** Heap allowed per megabyte of news Markdown, above a fixed base for Astro and Vite themselves. */
const BASE_MB = 400;
const PER_CONTENT_MB = 10;

/**
 * The heap limit (`--max-old-space-size`) for `astro build`. Left alone, V8 sizes its
 * limit from the machine's memory and lets Astro's heap grow to several times what is
 * live before collecting it; too tight a limit makes it collect without end. What is live
 * grows with the content store, so the limit follows the size of the news files, with room
 * to spare (docs/architecture.md); `ASTRO_HEAP_MB` sets it by hand. Should an archive still
 * outgrow it, the build runs Astro again without a limit (`scripts/build.ts`), so the limit
 * can cost time, never the site.
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
