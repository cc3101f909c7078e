import { createHash } from 'node:crypto';
import { mkdir, utimes, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { hashPages, recordChangedPages, type ChangedPages } from '../../scripts/lib/changed-pages.ts';
import { withTempFolder } from '../helpers/build-site.ts';

const hashOf = (text: string) => createHash('sha1').update(text).digest('base64url');

/** A site of two pages written `ageMs` before `now`, as Astro restores pages with their cached copies' times. */
async function writeSite(dir: string, now: number, ageMs: number): Promise<string[]> {
  const pages = ['index.html', 'news/a/index.html'];
  await mkdir(join(dir, 'news/a'), { recursive: true });
  for (const page of pages) {
    await writeFile(join(dir, page), `<p>${page} as built now</p>`);
    const written = new Date(now - ageMs);
    await utimes(join(dir, page), written, written);
  }
  return pages;
}

describe('the hashes of a build’s pages', () => {
  it('keeps the recorded hash of a page restored from the cache the last build left, and hashes every page otherwise', async () => {
    await withTempFolder('changed-pages-', async (dir) => {
      const stamp = Date.now();
      const pages = await writeSite(dir, stamp, 60_000);
      // Recorded hashes that are not the files' own show which pages were read.
      const previous: ChangedPages = { site: dir, hashes: { 'index.html': 'recorded', 'news/a/index.html': 'recorded' }, changed: [], cacheStamp: stamp };
      expect(await hashPages(dir, pages, { previous, cacheStamp: stamp })).toEqual({ 'index.html': 'recorded', 'news/a/index.html': 'recorded' });

      // Another cache than the one recorded (a failed build wrote it, or none was kept): every page is read.
      const read = { 'index.html': hashOf('<p>index.html as built now</p>'), 'news/a/index.html': hashOf('<p>news/a/index.html as built now</p>') };
      expect(await hashPages(dir, pages, { previous, cacheStamp: stamp + 1 })).toEqual(read);
      expect(await hashPages(dir, pages, { previous: undefined, cacheStamp: stamp })).toEqual(read);
      expect(await hashPages(dir, pages)).toEqual(read);

      // A page rendered by this build is newer than the record, and a page the record lacks has no hash to keep.
      const rendered = new Date(stamp + 1_000);
      await utimes(join(dir, 'news/a/index.html'), rendered, rendered);
      expect(await hashPages(dir, pages, { previous, cacheStamp: stamp })).toEqual({ 'index.html': 'recorded', 'news/a/index.html': read['news/a/index.html'] });
      const partial = { ...previous, hashes: { 'news/a/index.html': 'recorded' } };
      expect((await hashPages(dir, pages, { previous: partial, cacheStamp: stamp }))['index.html']).toBe(read['index.html']);
    });
  });

  it('records which pages changed since the last record, and the cache the build left', async () => {
    await withTempFolder('changed-pages-', async (dir) => {
      const file = join(dir, 'record.json');
      const first = await recordChangedPages(file, { site: 'dist', hashes: { a: '1', b: '2' }, previous: undefined, cacheStamp: 10 });
      expect(first.changed).toEqual(['a', 'b']);
      const second = await recordChangedPages(file, { site: 'dist', hashes: { a: '1', b: '3', c: '4' }, previous: first, cacheStamp: 20 });
      expect(second).toEqual({ site: 'dist', hashes: { a: '1', b: '3', c: '4' }, changed: ['b', 'c'], cacheStamp: 20 });
    });
  });
});
