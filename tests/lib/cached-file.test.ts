import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CacheFolder } from '../../src/node/cached-file.ts';
import { withTempFolder } from '../helpers/build-site.ts';

describe('a cache folder listed once', () => {
  it('makes each missing file once, whole, and reuses what the folder held', async () => {
    await withTempFolder('cache-folder-', async (dir) => {
      const cache = join(dir, 'not-there-yet');
      const first = await CacheFolder.open(cache);
      expect(first.found).toEqual([]);
      let makes = 0;
      const make = (text: string) => () => {
        makes++;
        return text;
      };
      // Asked for twice at once (two posts with the same card): made once, there for both.
      const [made, again] = await Promise.all([first.ensure('a.txt', make('А')), first.ensure('a.txt', make('А'))]);
      expect(made).toBe(join(cache, 'a.txt'));
      expect(again).toBe(made);
      expect(makes).toBe(1);
      expect(await readFile(made, 'utf8')).toBe('А');
      // Renamed into place: no partial file stays beside it.
      expect(await readdir(cache)).toEqual(['a.txt']);

      // A later run reuses what is there, without making it again.
      await writeFile(join(cache, 'b.txt'), 'Б');
      const second = await CacheFolder.open(cache);
      expect([...second.found].sort()).toEqual(['a.txt', 'b.txt']);
      let reported = 0;
      await second.ensure('b.txt', make('changed'), () => reported++);
      await second.ensure('c.txt', make('В'), () => reported++);
      expect(reported).toBe(1);
      expect(await readFile(join(cache, 'b.txt'), 'utf8')).toBe('Б');
      expect(await readFile(join(cache, 'c.txt'), 'utf8')).toBe('В');
    });
  });
});
