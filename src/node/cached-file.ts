import { access, mkdir, readdir, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

type Make = () => Promise<Uint8Array | string> | Uint8Array | string;

/** Writes `content` as `file`, renamed into place, so a build stopped while writing never leaves half a file to be reused. */
async function writeWhole(file: string, content: Uint8Array | string): Promise<void> {
  const partial = `${file}.${process.pid}.partial`;
  await writeFile(partial, content);
  await rename(partial, file);
}

/**
 * The path of `name` in the cache folder `dir`, made first by `make` only when no such
 * file is there. Names are content addresses (a hash of what the file is made from), so a
 * file once made is never made again. `onMake` reports actual makes.
 */
export async function ensureCachedFile(dir: string, name: string, make: Make, onMake?: () => void): Promise<string> {
  const file = join(dir, name);
  if (await access(file).then(() => true, () => false)) return file;
  onMake?.();
  const content = await make();
  await mkdir(dir, { recursive: true });
  await writeWhole(file, content);
  return file;
}

/**
 * A cache folder of content-addressed files (see `ensureCachedFile`) listed once, for
 * callers that ensure thousands of files: asking the disk for each one (and making the
 * folder again for each) took 1.1 s of the card drawer's 10,000 cards (CPU profile).
 */
export class CacheFolder {
  readonly dir: string;
  /** The files the folder held when it was opened. */
  readonly found: readonly string[];
  readonly #found: Set<string>;
  /** Files made since, each once, even when asked for twice at once. */
  readonly #made = new Map<string, Promise<string>>();

  private constructor(dir: string, found: readonly string[]) {
    this.dir = dir;
    this.found = found;
    this.#found = new Set(found);
  }

  /** The folder `dir`, made when missing, with the files it holds now. */
  static async open(dir: string): Promise<CacheFolder> {
    await mkdir(dir, { recursive: true });
    return new CacheFolder(dir, await readdir(dir));
  }

  /** The path of `name` in the folder, made first by `make` only when the folder did not hold it. */
  ensure(name: string, make: Make, onMake?: () => void): Promise<string> {
    const file = join(this.dir, name);
    if (this.#found.has(name)) return Promise.resolve(file);
    let making = this.#made.get(name);
    if (!making) {
      onMake?.();
      making = (async () => {
        await writeWhole(file, await make());
        return file;
      })();
      this.#made.set(name, making);
    }
    return making;
  }
}
