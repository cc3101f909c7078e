import { createHash } from 'node:crypto';
import { mkdir, readFile, utimes, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readBuiltPages, readChangedPages, recordChangedPages, type ChangedPages } from '../../scripts/lib/changed-pages.ts';
import { withTempFolder } from '../helpers/build-site.ts';

const hashOf = (text: string) => createHash('sha1').update(text).digest('base64url');

const HOME = '<main>the home page</main>';
const POST = '<article class="post" data-pagefind-body><span data-pagefind-sort="date:2022-09-14"></span>Среща в Солун</article>';
/** An English page of a post not translated: a post page with no text for the search index. */
const UNTRANSLATED = '<article class="post">Meeting in Solun (in Bulgarian)</article>';
const isPostPage = (page: string) => /^(en\/)?news\//.test(page);
const PAGES = { 'index.html': HOME, 'news/a/index.html': POST, 'en/news/a/index.html': UNTRANSLATED };

/** A home page and a post page in two languages written `ageMs` before `now`, as Astro restores pages with their cached copies' times. */
async function writeSite(dir: string, now: number, ageMs: number): Promise<string[]> {
  const written = new Date(now - ageMs);
  for (const [page, text] of Object.entries(PAGES)) {
    await mkdir(join(dir, page, '..'), { recursive: true });
    await writeFile(join(dir, page), text);
    await utimes(join(dir, page), written, written);
  }
  return Object.keys(PAGES);
}

describe('the pages of a build, read once', () => {
  it('keeps what was recorded of a page restored from the cache the last build left, and reads every page otherwise', async () => {
    await withTempFolder('changed-pages-', async (dir) => {
      const stamp = Date.now();
      const pages = await writeSite(dir, stamp, 60_000);
      const read = await readBuiltPages(dir, pages, { isPostPage });
      expect(read.hashes).toEqual({ 'index.html': hashOf(HOME), 'news/a/index.html': hashOf(POST), 'en/news/a/index.html': hashOf(UNTRANSLATED) });
      // The post page as the search index reads it: its date and the part Pagefind reads.
      expect(read.described['news/a/index.html']).toMatchObject({ path: 'news/a/index.html', date: '2022-09-14', bytes: Buffer.byteLength(POST.slice(POST.indexOf('data-pagefind-body'), POST.indexOf('</article>'))) });
      // A post page without text for the index is described as such, so a restored one need not be read again.
      expect(read.described).toEqual({ 'news/a/index.html': read.described['news/a/index.html'], 'en/news/a/index.html': null });
      expect(read.restored).toBe(0);

      // A record that is not the files' own shows which pages were read.
      const recorded = { path: 'news/a/index.html', date: '2001-01-01', hash: 'recorded', bytes: 1 };
      const previous: ChangedPages = {
        site: dir,
        hashes: { 'index.html': 'recorded', 'news/a/index.html': 'recorded', 'en/news/a/index.html': 'recorded' },
        described: { 'news/a/index.html': recorded, 'en/news/a/index.html': null },
        changed: [],
        cacheStamp: stamp,
      };
      // This build's Astro started after the record: pages older than its start are pages it restored.
      const astroStartedAt = stamp + 500;
      expect(await readBuiltPages(dir, pages, { previous, cacheStamp: stamp, astroStartedAt, isPostPage })).toEqual({ hashes: previous.hashes, described: previous.described, restored: 3 });

      // Descriptions made by other code than this build's are made again; the hash of a page without one is kept.
      const otherCode = await readBuiltPages(dir, pages, { previous: { ...previous, describedBy: 'older' }, cacheStamp: stamp, astroStartedAt, isPostPage, describedBy: 'newer' });
      expect(otherCode).toEqual({ hashes: { 'index.html': 'recorded', 'news/a/index.html': hashOf(POST), 'en/news/a/index.html': hashOf(UNTRANSLATED) }, described: read.described, restored: 3 });

      // Another cache than the one recorded (a failed build wrote it, or none was kept): every page is read.
      expect(await readBuiltPages(dir, pages, { previous, cacheStamp: stamp + 1, isPostPage })).toEqual(read);
      expect(await readBuiltPages(dir, pages, { previous: undefined, cacheStamp: stamp, isPostPage })).toEqual(read);

      // A page rendered by this build is newer than the record, and a page the record lacks has nothing to keep.
      const rendered = new Date(stamp + 1_000);
      await utimes(join(dir, 'news/a/index.html'), rendered, rendered);
      const mixed = await readBuiltPages(dir, pages, { previous, cacheStamp: stamp, astroStartedAt, isPostPage });
      expect(mixed.hashes).toEqual({ 'index.html': 'recorded', 'news/a/index.html': hashOf(POST), 'en/news/a/index.html': 'recorded' });
      expect(mixed.restored).toBe(2);
      expect(mixed.described['news/a/index.html']).toEqual(read.described['news/a/index.html']);
      const partial = { ...previous, hashes: { 'news/a/index.html': 'recorded' } };
      expect((await readBuiltPages(dir, pages, { previous: partial, cacheStamp: stamp, isPostPage })).hashes['index.html']).toBe(hashOf(HOME));
    });
  });

  it('records which pages changed since the last record, and the cache the build left', async () => {
    await withTempFolder('changed-pages-', async (dir) => {
      const file = join(dir, 'record.json');
      const first = await recordChangedPages(file, { site: 'dist', hashes: { a: '1', b: '2' }, described: {}, previous: undefined, cacheStamp: 10 });
      expect(first.changed).toEqual(['a', 'b']);
      const second = await recordChangedPages(file, { site: 'dist', hashes: { a: '1', b: '3', c: '4' }, described: {}, previous: first, cacheStamp: 20 });
      expect(second).toMatchObject({ site: 'dist', hashes: { a: '1', b: '3', c: '4' }, changed: ['b', 'c'], cacheStamp: 20 });
      expect(await readChangedPages(file)).toEqual(second);
      // A record of older code, without descriptions, is no record.
      await writeFile(file, JSON.stringify({ site: 'dist', hashes: { a: '1' }, changed: [] }));
      expect(await readChangedPages(file)).toBeUndefined();
      expect(JSON.parse(await readFile(file, 'utf8')).hashes).toEqual({ a: '1' });
    });
  });
});
