import { execFileSync } from 'node:child_process';
import { readdir, readFile, rm, truncate, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { countIndexedPages } from '../../src/node/search/index-post-shards.ts';
import { STORES } from '../../src/node/stores.ts';
import { buildSite, copySharedSite, hashFiles, makeProjectCopy } from '../helpers/build-site.ts';
import { makeContentFixture } from '../helpers/content-fixture.ts';

/** Each store's version as the project in `cwd` computes it. */
function readVersions(cwd: string): Record<string, string> {
  const script = `import('./src/node/stores.ts').then((m) => console.log(JSON.stringify(Object.fromEntries(Object.keys(m.STORES).map((n) => [n, m.storeVersion(n)])))))`;
  return JSON.parse(execFileSync(process.execPath, ['-e', script], { cwd, encoding: 'utf8' })) as Record<string, string>;
}

/** Pagefind writes its filter files and entry a little differently each run; everything else of a site must be the same. */
const comparable = (hashes: Record<string, string>) => Object.entries(hashes).filter(([file]) => !/^pagefind\/.+\/(filter\/|pagefind-entry|pagefind\.)/.test(file));

describe('the stores kept between builds', () => {
  it('are versioned by the code that makes them: changing the card drawing renews the cards and nothing else', async () => {
    const project = await makeProjectCopy({});
    const before = readVersions(project);
    await writeFile(join(project, 'src/lib/cards/post-card.ts'), `${await readFile(join(project, 'src/lib/cards/post-card.ts'), 'utf8')}\n// another design\n`);
    const after = readVersions(project);
    expect(Object.keys(after)).toEqual(Object.keys(STORES));
    expect(after.cards).not.toBe(before.cards);
    expect({ ...after, cards: undefined }).toEqual({ ...before, cards: undefined });
  });

  it('are made again, not trusted, when damaged: the next build publishes the same site', async () => {
    const fixture = await makeContentFixture();
    try {
      // A copy of the run's build of the same content, with its caches and stores.
      const first = await copySharedSite();
      const scratch = join(first.outDir, '..');
      const good = await hashFiles(first.outDir);
      const stores = join(scratch, 'post-files');
      // Damage every store as a broken cache restore would: cut files, garbage, missing markers.
      for (const card of await readdir(join(stores, 'cards'))) await truncate(join(stores, 'cards', card), 100);
      for (const calendar of await readdir(join(stores, 'calendars'))) await truncate(join(stores, 'calendars', calendar), 10);
      await writeFile(join(stores, 'related.json'), '{"key": ');
      await writeFile(join(stores, 'changed-pages.json'), 'garbage');
      await writeFile(join(scratch, 'cache/post-bodies.sqlite'), 'not a database');
      for (const shard of await readdir(join(stores, 'search'))) await rm(join(stores, 'search', shard, 'pagefind-entry.json'), { force: true });
      const again = await buildSite({ contentRoot: fixture.contentRoot, scratch });
      expect(again.code, again.output).toBe(0);
      expect(again.output).toMatch(/Social cards ready: \d+ \(\d+ drawn/);
      expect(again.output).not.toMatch(/\(0 drawn/);
      expect(comparable(await hashFiles(again.outDir))).toEqual(comparable(good));
      expect(await countIndexedPages(again.outDir)).toBe(5);
    } finally {
      await fixture.remove();
    }
  });
});
