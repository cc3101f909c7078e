import { cp, mkdtemp, readFile, rm, writeFile, mkdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

/** The project root, where the real `content/` lives. */
export const PROJECT_ROOT = join(import.meta.dirname, '..', '..');

/** A throwaway copy of the real content that a test may break. */
export interface ContentFixture {
  /** Project-like root; the content is in `<root>/content`. */
  root: string;
  contentRoot: string;
  write(path: string, text: string): Promise<void>;
  edit(path: string, change: (text: string) => string): Promise<void>;
  remove(): Promise<void>;
}

export async function makeContentFixture(): Promise<ContentFixture> {
  const root = await mkdtemp(join(tmpdir(), 'cluster-news-'));
  const contentRoot = join(root, 'content');
  await cp(join(PROJECT_ROOT, 'content'), contentRoot, { recursive: true });
  return {
    root,
    contentRoot,
    async write(path, text) {
      await mkdir(dirname(join(contentRoot, path)), { recursive: true });
      await writeFile(join(contentRoot, path), text);
    },
    async edit(path, change) {
      const file = join(contentRoot, path);
      const before = await readFile(file, 'utf8');
      const after = change(before);
      if (after === before) throw new Error(`fixture edit changed nothing in ${path}`);
      await writeFile(file, after);
    },
    remove: () => rm(root, { recursive: true, force: true }),
  };
}
