import { existsSync } from 'node:fs';
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { removeOldSites, replaceSite } from '../../scripts/lib/replace-site.ts';
import { withTempFolder } from '../helpers/build-site.ts';

/** Waits until `condition` holds, for the removals that run in processes of their own. */
async function waitFor(condition: () => Promise<boolean>, timeoutMs = 10_000): Promise<boolean> {
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    if (await condition()) return true;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  return condition();
}

async function writeSite(dir: string, text: string): Promise<void> {
  await mkdir(join(dir, 'news/a'), { recursive: true });
  await writeFile(join(dir, 'index.html'), text);
  await writeFile(join(dir, 'news/a/index.html'), text);
}

describe('a new site taking the last one’s place', () => {
  it('is in place at once, and the last site is gone soon after without the build waiting for it', async () => {
    await withTempFolder('replace-site-', async (dir) => {
      const site = join(dir, 'dist');
      await writeSite(site, 'last');
      await writeSite(join(dir, 'dist.next'), 'new');
      await replaceSite(site, join(dir, 'dist.next'));
      expect(await readFile(join(site, 'news/a/index.html'), 'utf8')).toBe('new');
      expect(existsSync(join(dir, 'dist.next'))).toBe(false);
      expect(await waitFor(async () => (await readdir(dir)).length === 1)).toBe(true);
      expect(await readdir(dir)).toEqual(['dist']);
    });
  });

  it('removes what an earlier build’s stopped removal left, and nothing else', async () => {
    await withTempFolder('replace-site-', async (dir) => {
      await writeSite(join(dir, 'dist'), 'site');
      await writeSite(join(dir, 'dist.old-123'), 'left behind');
      await writeSite(join(dir, 'other.old-123'), 'not ours');
      await removeOldSites(join(dir, 'dist'));
      expect(await waitFor(async () => !existsSync(join(dir, 'dist.old-123')))).toBe(true);
      expect((await readdir(dir)).sort()).toEqual(['dist', 'other.old-123']);
    });
  });
});
