import { copyFile, link, stat, unlink } from 'node:fs/promises';

async function isSameFile(a: string, b: string): Promise<boolean> {
  const [first, second] = await Promise.all([stat(a), stat(b)]);
  return first.dev === second.dev && first.ino === second.ino;
}

/**
 * Puts a cached file at `target`: hard-linked where both share a disk (no bytes copied,
 * for thousands of cards and index files), else copied. A file already at `target` is
 * replaced, unless it already is a link to `cached`: a build over the last build's site
 * then leaves it alone.
 */
export async function linkOrCopy(cached: string, target: string): Promise<void> {
  try {
    await link(cached, target);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EEXIST') {
      if (await isSameFile(cached, target)) return;
      await unlink(target);
      return linkOrCopy(cached, target);
    }
    if (code !== 'EXDEV' && code !== 'EPERM' && code !== 'EMLINK') throw error;
    await copyFile(cached, target);
  }
}
