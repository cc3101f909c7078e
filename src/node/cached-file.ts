import { access, mkdir, open, readdir, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

const exists = (file: string) => access(file).then(() => true, () => false);

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
 * file once made is never made again (unless `isComplete` says it is damaged). `onMake`
 * reports actual makes.
 */
export async function ensureCachedFile(dir: string, name: string, make: Make, onMake?: () => void, isComplete?: (file: string) => Promise<boolean>): Promise<string> {
  const file = join(dir, name);
  if (await (isComplete ?? exists)(file)) return file;
  onMake?.();
  const content = await make();
  await mkdir(dir, { recursive: true });
  await writeWhole(file, content);
  return file;
}

/** The chunk every complete PNG ends with (IEND, with its CRC). */
const PNG_END = Buffer.from([0, 0, 0, 0, 0x49, 0x45, 0x4e, 0x44, 0xae, 0x42, 0x60, 0x82]);

/** Whether `file` ends as a complete PNG does: a damaged or cut file in a restored cache is made again, not published. */
export async function isCompletePng(file: string): Promise<boolean> {
  const handle = await open(file, 'r').catch(() => undefined);
  if (!handle) return false;
  try {
    const { size } = await handle.stat();
    if (size < PNG_END.length) return false;
    const { buffer } = await handle.read(Buffer.alloc(PNG_END.length), 0, PNG_END.length, size - PNG_END.length);
    return buffer.equals(PNG_END);
  } finally {
    await handle.close();
  }
}

/**
 * A cache folder of content-addressed files (see `ensureCachedFile`) listed once, for
 * callers that ensure thousands of files, instead of asking the disk for each one (and
 * making the folder again for each).
 * With `isComplete`, a file found there is used only if it passes; otherwise it is made again.
 */
export class CacheFolder {
  readonly dir: string;
  /** The files the folder held when it was opened. */
  readonly found: readonly string[];
  readonly #found: Set<string>;
  readonly #isComplete: ((file: string) => Promise<boolean>) | undefined;
  /** Files made since, each once, even when asked for twice at once. */
  readonly #made = new Map<string, Promise<string>>();

  private constructor(dir: string, found: readonly string[], isComplete?: (file: string) => Promise<boolean>) {
    this.dir = dir;
    this.found = found;
    this.#found = new Set(found);
    this.#isComplete = isComplete;
  }

  /** The folder `dir`, made when missing, with the files it holds now. */
  static async open(dir: string, options: { isComplete?: (file: string) => Promise<boolean> } = {}): Promise<CacheFolder> {
    await mkdir(dir, { recursive: true });
    return new CacheFolder(dir, await readdir(dir), options.isComplete);
  }

  /** The path of `name` in the folder, made first by `make` only when the folder did not hold it (complete). */
  ensure(name: string, make: Make, onMake?: () => void): Promise<string> {
    const file = join(this.dir, name);
    let making = this.#made.get(name);
    if (!making) {
      making = (async () => {
        if (this.#found.has(name) && (!this.#isComplete || (await this.#isComplete(file)))) return file;
        onMake?.();
        await writeWhole(file, await make());
        return file;
      })();
      this.#made.set(name, making);
    }
    return making;
  }
}
