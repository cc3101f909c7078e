import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { chooseAstroHeapMb, ranOutOfHeap } from '../../scripts/lib/astro-heap.ts';

describe('Astro’s heap limit', () => {
  let dir = '';
  afterEach(() => rm(dir, { recursive: true, force: true }));

  it('leaves a small archive 1 GB and grows with the Markdown of a large one', async () => {
    dir = await mkdtemp(join(tmpdir(), 'heap-'));
    await mkdir(join(dir, 'news/2024'), { recursive: true });
    await writeFile(join(dir, 'news/a.md'), 'x'.repeat(1000));
    expect(await chooseAstroHeapMb(join(dir, 'news'), {})).toBe(1024);
    // 100 MB of posts, some in subfolders; images do not count.
    await writeFile(join(dir, 'news/2024/b.md'), Buffer.alloc(100 * 2 ** 20 - 1000, 'x'));
    await writeFile(join(dir, 'news/2024/photo.png'), Buffer.alloc(50 * 2 ** 20));
    expect(await chooseAstroHeapMb(join(dir, 'news'), {})).toBe(1400);
  });

  it('takes ASTRO_HEAP_MB as given', async () => {
    expect(await chooseAstroHeapMb('/nowhere', { ASTRO_HEAP_MB: '3000' })).toBe(3000);
  });

  it('tells a process that ran out of heap from one that failed', () => {
    expect(ranOutOfHeap(null, 'SIGABRT')).toBe(true);
    expect(ranOutOfHeap(134, null)).toBe(true);
    expect(ranOutOfHeap(1, null)).toBe(false);
  });
});
