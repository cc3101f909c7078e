import { access, mkdir, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

/**
 * The path of `name` in the cache folder `dir`, made first by `make` only when no such
 * file is there. Names are content addresses (a hash of what the file is made from), so a
 * file once made is never made again. `onMake` reports actual makes.
 */
export async function ensureCachedFile(dir: string, name: string, make: () => Promise<Uint8Array | string> | Uint8Array | string, onMake?: () => void): Promise<string> {
  const file = join(dir, name);
  if (await access(file).then(() => true, () => false)) return file;
  onMake?.();
  const content = await make();
  await mkdir(dir, { recursive: true });
  // Renamed into place, so a build stopped while writing never leaves half a file to be reused.
  const partial = `${file}.${process.pid}.partial`;
  await writeFile(partial, content);
  await rename(partial, file);
  return file;
}
