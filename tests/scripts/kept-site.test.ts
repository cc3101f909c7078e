import { existsSync } from 'node:fs';
import { mkdir, readFile, rm, utimes, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { canBuildOver, forgetSite, pruneSite, stampSite, wroteSince, type KeptSiteOptions } from '../../scripts/lib/kept-site.ts';
import { listFiles } from '../../src/lib/list-files.ts';
import { withTempFolder } from '../helpers/build-site.ts';

async function put(file: string, text = 'x', ageMs = 0): Promise<void> {
  await mkdir(dirname(file), { recursive: true });
  await writeFile(file, text);
  if (ageMs) {
    const when = new Date(Date.now() - ageMs);
    await utimes(file, when, when);
  }
}

function setUp(dir: string): { site: string; options: KeptSiteOptions } {
  return {
    site: join(dir, 'dist'),
    options: { stampFile: join(dir, 'cache/site.json'), lastFile: 'pagefind/shards.json', astroRecord: join(dir, 'astro/incremental-build.json') },
  };
}

/** A site as a build leaves it: its search manifest, Astro's record of its pages, and a folder for the stamp. */
async function setUpBuilt(dir: string, astroRecord: string): Promise<{ site: string; options: KeptSiteOptions }> {
  const built = setUp(dir);
  await put(join(built.site, 'pagefind/shards.json'), '{"shards":[]}');
  await put(built.options.astroRecord, astroRecord);
  await mkdir(dirname(built.options.stampFile), { recursive: true });
  return built;
}

describe('building over the last site', () => {
  it('trusts a site only while it and Astro’s record are as the last complete build left them', async () => {
    await withTempFolder('kept-site-', async (dir) => {
      const { site, options } = await setUpBuilt(dir, '{}');
      expect(await canBuildOver(site, options)).toBe(false);

      await stampSite(site, options);
      expect(await canBuildOver(site, options)).toBe(true);
      // Another folder with the same caches is not the site they describe.
      expect(await canBuildOver(join(dir, 'elsewhere'), options)).toBe(false);

      // A build that never completed (or another tool) rewrote the site's last file.
      await put(join(site, 'pagefind/shards.json'), '{"shards":[1]}');
      expect(await canBuildOver(site, options)).toBe(false);
      await stampSite(site, options);
      // Astro's record of its pages came from another build (a restored or swapped cache).
      await put(options.astroRecord, '{"routes":{}}');
      expect(await canBuildOver(site, options)).toBe(false);

      await stampSite(site, options);
      await forgetSite(options);
      expect(await canBuildOver(site, options)).toBe(false);
    });
  });

  it('trusts a site restored together with its caches, as CI restores them', async () => {
    await withTempFolder('kept-site-', async (dir) => {
      const { site, options } = await setUpBuilt(dir, '{"routes":{}}');
      await stampSite(site, options);
      // A restore writes every file anew: new inodes, and times that need not match.
      for (const file of [join(site, 'pagefind/shards.json'), options.astroRecord]) {
        const text = await readFile(file, 'utf8');
        await rm(file);
        await put(file, text, 60_000);
      }
      expect(await canBuildOver(site, options)).toBe(true);
    });
  });

  it('removes what the build neither wrote nor kept, and the folders that leaves empty', async () => {
    await withTempFolder('kept-site-', async (dir) => {
      const { site } = setUp(dir);
      const hour = 3_600_000;
      await put(join(site, 'news/kept/index.html'), 'page left in place', hour);
      await put(join(site, 'news/deleted/index.html'), 'page of a deleted post', hour);
      await put(join(site, 'news/deleted/event.ics'), 'its calendar', hour);
      await put(join(site, '_astro/old.js'), 'last build’s bundle', hour);
      await put(join(site, 'pagefind/abc/pagefind-entry.json'), 'managed by the indexer', hour);
      const since = Date.now() - 60_000;
      await put(join(site, '_astro/new.js'), 'this build’s bundle');

      const removed = await pruneSite(site, { keep: new Set(['news/kept/index.html']), keepFolders: ['pagefind/'], since });
      expect(removed).toEqual(['_astro/old.js', 'news/deleted/event.ics', 'news/deleted/index.html']);
      expect(await listFiles(site)).toEqual(['_astro/new.js', 'news/kept/index.html', 'pagefind/abc/pagefind-entry.json']);
      expect(existsSync(join(site, 'news/deleted'))).toBe(false);
      expect(existsSync(join(site, 'news'))).toBe(true);
    });
  });

  it('tells whether a failed build wrote into the site', async () => {
    await withTempFolder('kept-site-', async (dir) => {
      const { site } = setUp(dir);
      await put(join(site, 'index.html'), 'old', 3_600_000);
      const since = Date.now() - 60_000;
      expect(await wroteSince(site, since)).toBe(false);
      await put(join(site, 'news/new/index.html'), 'new');
      expect(await wroteSince(site, since)).toBe(true);
    });
  });
});
