import { mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import * as pagefind from 'pagefind';
import { mapConcurrently } from '../lib/map-concurrently.ts';
import { isPostPageFile } from '../lib/paths.ts';

/** Folder of the search index inside the built site: `shards.json` and one Pagefind bundle per shard (see `index-post-shards.ts`). */
export const PAGEFIND_DIR = 'pagefind';

/**
 * How pages reach Pagefind. `directory`: Pagefind walks every HTML file of the site.
 * `post-pages`: Pagefind walks only the post pages, the only ones with
 * `data-pagefind-body`. `html-files`: the post pages are read here and handed over in
 * batches, in path order. `npm run bench:search` compares them; the build uses `post-pages`.
 */
export type IndexStrategy = 'directory' | 'post-pages' | 'html-files';
export const INDEX_STRATEGIES: readonly IndexStrategy[] = ['directory', 'post-pages', 'html-files'];

/** Post pages, relative to the site, as Astro writes them: `news/<slug>/index.html`. */
export const POST_PAGES = 'news/*/index.html';
const BATCH = 500;

export async function listPostPages(site: string): Promise<string[]> {
  const folders = await readdir(join(site, 'news'), { withFileTypes: true });
  return folders
    .filter((folder) => folder.isDirectory())
    .map((folder) => `news/${folder.name}/index.html`)
    .filter(isPostPageFile)
    .sort();
}

/** Pagefind's ready-made search interfaces; the site's search page is its own, on `pagefind.js`. */
export const UNUSED_UI = /^pagefind-(ui|component-ui|modular-ui|highlight)\./;
const WRITE_CONCURRENCY = 32;

/**
 * Writes the index through `getFiles()` rather than `writeFiles()`: at 10,000 posts
 * `writeFiles()` answered before `pagefind-entry.json` had its content, and closing
 * Pagefind then left it empty (seen in the benchmark); writing here, every file is
 * complete once this returns. The folder is emptied first so no stale index remains.
 */
export async function writeIndex(index: pagefind.PagefindIndex, outputPath: string): Promise<void> {
  const { files, errors } = await index.getFiles();
  if (errors.length) throw new Error(errors.join('\n'));
  await rm(outputPath, { recursive: true, force: true });
  const wanted = files.filter((file) => !UNUSED_UI.test(file.path));
  for (const folder of new Set(wanted.map((file) => dirname(join(outputPath, file.path))))) await mkdir(folder, { recursive: true });
  await mapConcurrently(wanted, WRITE_CONCURRENCY, (file) => writeFile(join(outputPath, file.path), file.content));
  if (!wanted.some((file) => file.path === 'pagefind-entry.json')) throw new Error('Pagefind returned no pagefind-entry.json');
}

/** Indexes the built site into `<site>/pagefind/`; returns how many HTML files Pagefind read. */
export async function indexSite(site: string, strategy: IndexStrategy): Promise<number> {
  try {
    const { index, errors } = await pagefind.createIndex({ forceLanguage: 'bg' });
    if (!index) throw new Error(errors.join('\n'));
    let pages = 0;
    if (strategy === 'html-files') {
      const files = await listPostPages(site);
      for (let start = 0; start < files.length; start += BATCH) {
        const added = await Promise.all(
          files.slice(start, start + BATCH).map(async (sourcePath) =>
            index.addHTMLFile({ sourcePath, content: await readFile(join(site, sourcePath), 'utf8') }),
          ),
        );
        const failed = added.flatMap((response) => response.errors);
        if (failed.length) throw new Error(failed.join('\n'));
        pages += added.length;
      }
    } else {
      const added = await index.addDirectory({ path: site, ...(strategy === 'post-pages' ? { glob: POST_PAGES } : {}) });
      if (added.errors.length) throw new Error(added.errors.join('\n'));
      pages = added.page_count;
    }
    if (pages === 0) throw new Error('no page has data-pagefind-body');
    await writeIndex(index, join(site, PAGEFIND_DIR));
    return pages;
  } catch (error) {
    throw new Error('Pagefind could not index the site', { cause: error });
  } finally {
    await pagefind.close();
  }
}
