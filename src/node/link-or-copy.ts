import { copyFile, link, unlink } from 'node:fs/promises';

/**
 * Puts a cached file at `target`: hard-linked where both share a disk (no bytes copied,
 * for thousands of cards and index files), else copied. A file already at `target` is replaced.
 */
export async function linkOrCopy(cached: string, target: string): Promise<void> {
  try {
    await link(cached, target);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EEXIST') {
      await unlink(target);
      return linkOrCopy(cached, target);
    }
    if (code !== 'EXDEV' && code !== 'EPERM' && code !== 'EMLINK') throw error;
    await copyFile(cached, target);
  }
}
