import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cp, mkdir, mkdtemp, readdir, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { inject } from 'vitest';
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
export async function buildSite(options: { contentRoot?: string; env?: Record<string, string>; scratch?: string; cwd?: string } = {}): Promise<BuildResult> {
  const scratch = options.scratch ?? (await makeTestFolder('cluster-news-build-'));
  const outDir = join(scratch, 'dist');
  const env = {
    ...process.env,
    ASTRO_OUT_DIR: outDir,
    ASTRO_CACHE_DIR: join(scratch, 'cache'),
    // Cards, front matter and search shards of its own: builds run side by side in the suite, and each prunes its search cache.
    STORE_DIR: join(scratch, 'post-files'),
    ASTRO_TELEMETRY_DISABLED: '1',
    // The address the tests serve the site at; a test leaves it empty to build without one.
    SITE_URL: 'http://localhost:4321',
    ...(options.contentRoot ? { CONTENT_ROOT: options.contentRoot } : {}),
    ...options.env,
  };
  const cwd = options.cwd ?? PROJECT_ROOT;
  const child = spawn(process.execPath, [join(cwd, 'scripts/build.ts')], { cwd, env });
  let output = '';
  child.stdout.on('data', (chunk) => (output += chunk));
  child.stderr.on('data', (chunk) => (output += chunk));
  const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
  return { code, output, outDir };
}

/**
 * The site built from the project's content with `env`, once per test run and shared by the
 * test files that only read it (the browser tests, the checks of the built pages). A test
 * that changes files of a build makes its own with {@link buildSite}.
 */
export async function buildSharedSite(env: Record<string, string> = {}): Promise<BuildResult> {
  const key = createHash('sha1').update(JSON.stringify(Object.entries(env).sort())).digest('hex').slice(0, 12);
  const scratch = join(inject('sharedBuilds'), key);
  const record = join(scratch, 'build.json');
  const kept = await readFile(record, 'utf8').then((text) => JSON.parse(text) as BuildResult, () => undefined);
  if (kept) return kept;
  await mkdir(scratch, { recursive: true });
  const build = await buildSite({ scratch, env });
  if (build.code === 0) await writeFile(record, JSON.stringify(build));
  return build;
}

/**
 * A copy of the run's shared build of the project's content, with its caches and stores, in a
 * folder of its own: for a test that builds over a good build without spoiling the shared one.
 */
export async function copySharedSite(): Promise<BuildResult> {
  const shared = await buildSharedSite();
  if (shared.code !== 0) throw new Error(shared.output);
  const scratch = await makeTestFolder('cluster-news-build-');
  await cp(join(shared.outDir, '..'), scratch, { recursive: true });
  return { ...shared, outDir: join(scratch, 'dist') };
}

/** The files Astro and the build script need to build the site, copied from the project. */
const PROJECT_FILES = ['astro.config.ts', 'package.json', 'tsconfig.json', 'src', 'public', 'scripts', 'content'];

/**
 * A copy of the project in a test folder, with `extra` files (path → text) added, sharing
 * the project's `node_modules`: to build a site whose code a test changes.
 */
export async function makeProjectCopy(extra: Record<string, string>): Promise<string> {
  const project = await makeTestFolder('cluster-news-project-');
  for (const name of PROJECT_FILES) await cp(join(PROJECT_ROOT, name), join(project, name), { recursive: true });
  await symlink(join(PROJECT_ROOT, 'node_modules'), join(project, 'node_modules'));
  for (const [path, text] of Object.entries(extra)) await writeFile(join(project, path), text);
  return project;
}

/** Every file of a folder by a hash of its bytes, to tell whether anything in it changed. */
export async function hashFiles(dir: string): Promise<Record<string, string>> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  const files = entries.filter((entry) => entry.isFile()).map((entry) => join(entry.parentPath, entry.name)).sort();
  const hashes: Record<string, string> = {};
  for (const file of files) hashes[relative(dir, file)] = createHash('sha1').update(await readFile(file)).digest('hex');
  return hashes;
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
