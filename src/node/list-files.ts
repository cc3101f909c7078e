import { readdirSync, type Dirent } from 'node:fs';
import { readdir } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';

/** Every file below a folder, as sorted paths relative to it with forward slashes. */
export async function listFiles(dir: string): Promise<string[]> {
  return toRelativePaths(dir, await readdir(dir, { recursive: true, withFileTypes: true }));
}

/** The same, for code that must answer synchronously (a store's version, see `storeVersion`). */
export function listFilesSync(dir: string): string[] {
  return toRelativePaths(dir, readdirSync(dir, { recursive: true, withFileTypes: true }));
}

function toRelativePaths(dir: string, entries: Dirent[]): string[] {
  return entries
    .filter((entry) => entry.isFile())
    .map((entry) => relative(dir, join(entry.parentPath, entry.name)).split(sep).join('/'))
    .sort();
}
