import { spawn } from 'node:child_process';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { PROJECT_ROOT } from './content-fixture.ts';

export interface BuildResult {
  code: number | null;
  output: string;
  outDir: string;
}

/** Temporary folders of builds and servers, removed after each test file (see `tests/setup.ts`). */
const scratches = new Set<string>();

/** A temporary folder for a test's build or server, removed once its test file is done. */
export async function makeTestFolder(prefix: string): Promise<string> {
  const scratch = await mkdtemp(join(tmpdir(), prefix));
  scratches.add(scratch);
  return scratch;
}

/** Removes every folder `makeTestFolder` made so far. */
export async function removeTestFolders(): Promise<void> {
  await Promise.all([...scratches].map((scratch) => rm(scratch, { recursive: true, force: true })));
  scratches.clear();
}

/**
 * Runs the real build (`npm run build`: pages, cards and calendars, search index) into a temporary folder, optionally from fixture content,
 * with a cache of its own so it never reuses (or spoils) the developer's. Passing the
 * `scratch` folder of an earlier build builds again over its output and cache.
 */
export async function buildSite(options: { contentRoot?: string; env?: Record<string, string>; scratch?: string } = {}): Promise<BuildResult> {
  const scratch = options.scratch ?? (await makeTestFolder('cluster-news-build-'));
  const outDir = join(scratch, 'dist');
  const env = {
    ...process.env,
    ASTRO_OUT_DIR: outDir,
    ASTRO_CACHE_DIR: join(scratch, 'cache'),
    // Cards, front matter and search shards of its own: builds run side by side in the suite, and each prunes its search cache.
    CARD_CACHE_DIR: join(scratch, 'post-files/cards'),
    ASTRO_TELEMETRY_DISABLED: '1',
    ...(options.contentRoot ? { CONTENT_ROOT: options.contentRoot } : {}),
    ...options.env,
  };
  const child = spawn(process.execPath, [join(PROJECT_ROOT, 'scripts/build.ts')], { cwd: PROJECT_ROOT, env });
  let output = '';
  child.stdout.on('data', (chunk) => (output += chunk));
  child.stderr.on('data', (chunk) => (output += chunk));
  const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
  return { code, output, outDir };
}

/** Every HTML file in a built site, as paths relative to it. */
export async function listHtmlFiles(outDir: string): Promise<string[]> {
  const entries = await readdir(outDir, { recursive: true, withFileTypes: true });
  return entries
    .filter((entry) => entry.isFile() && entry.name.endsWith('.html'))
    .map((entry) => relative(outDir, join(entry.parentPath, entry.name)))
    .sort();
}

export function readPage(outDir: string, path: string): Promise<string> {
  return readFile(join(outDir, path), 'utf8');
}

/** Runs `use` with a new temporary folder, removed afterwards whatever the outcome. */
export async function withTempFolder<T>(prefix: string, use: (dir: string) => Promise<T>): Promise<T> {
  const dir = await mkdtemp(join(tmpdir(), prefix));
  try {
    return await use(dir);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
