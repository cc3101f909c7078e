/**
 * Measures search as a reader meets it, on the last build in dist/: bytes the browser
 * transfers to load the search page and to answer a one-word query, the time from the
 * last keystroke to results on screen, and the size of the index on disk.
 * Usage: npm run build && npm run measure:search [-- word]
 */
import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { launchBrowser } from './lib/launch-browser.ts';
import { serveSite } from './lib/serve-site.ts';

const word = process.argv[2] ?? 'солун';
const dist = join(import.meta.dirname, '..', 'dist');

async function folderSize(dir: string): Promise<{ bytes: number; files: number }> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  const files = entries.filter((entry) => entry.isFile());
  const sizes = await Promise.all(files.map((file) => stat(join(file.parentPath, file.name))));
  return { bytes: sizes.reduce((sum, { size }) => sum + size, 0), files: files.length };
}

const site = await serveSite(dist);
const browser = await launchBrowser();
try {
  const page = await browser.newPage();
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Network.enable');
  let transferred = 0;
  cdp.on('Network.loadingFinished', (event) => (transferred += event.encodedDataLength));

  await page.goto(`${site.url}/search/`, { waitUntil: 'networkidle' });
  await page.waitForFunction(() => document.querySelector('[data-search-status]')?.textContent?.trim());
  const pageBytes = transferred;

  transferred = 0;
  const before = await page.textContent('[data-search-status]');
  await page.type('#search-q', word);
  const typed = Date.now();
  await page.waitForFunction((old) => document.querySelector('[data-search-status]')?.textContent !== old, before);
  const toResults = Date.now() - typed;
  await page.waitForLoadState('networkidle');
  const queryBytes = transferred;
  const status = await page.textContent('[data-search-status]');

  const index = await folderSize(join(dist, 'pagefind'));
  const figures = {
    query: word,
    status,
    searchPageLoadBytes: pageBytes,
    firstQueryBytes: queryBytes,
    lastKeystrokeToResultsMs: toResults,
    debounceMs: 200,
    indexBytesOnDisk: index.bytes,
    indexFiles: index.files,
  };
  console.table(figures);
  console.log(JSON.stringify(figures));
} finally {
  await browser.close();
  await site.close();
}
