import { readdir, readFile, stat, writeFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cacheTexts } from '../../scripts/lib/cache-texts.ts';
import { withTempFolder } from '../helpers/build-site.ts';

describe('texts put into a cache folder for the site', () => {
  it('writes each text once under its content address and keeps only this build’s texts', async () => {
    await withTempFolder('cache-texts-', async (dir) => {
      const cache = join(dir, 'calendars');
      const first = await cacheTexts(
        [
          { path: 'news/a/event.ics', text: 'BEGIN:VCALENDAR\r\nА\r\nEND:VCALENDAR' },
          { path: 'news/b/event.ics', text: 'BEGIN:VCALENDAR\r\nБ\r\nEND:VCALENDAR' },
        ],
        cache,
        '.ics',
      );
      expect(first.map((file) => file.path)).toEqual(['news/a/event.ics', 'news/b/event.ics']);
      expect(await readFile(first[1]!.cached, 'utf8')).toBe('BEGIN:VCALENDAR\r\nБ\r\nEND:VCALENDAR');
      const unchanged = await stat(first[0]!.cached);
      await writeFile(join(cache, 'left-by-a-stopped-build.ics.123.partial'), 'half');

      const second = await cacheTexts(
        [
          { path: 'news/a/event.ics', text: 'BEGIN:VCALENDAR\r\nА\r\nEND:VCALENDAR' },
          { path: 'news/b/event.ics', text: 'BEGIN:VCALENDAR\r\nБ, поправено\r\nEND:VCALENDAR' },
        ],
        cache,
        '.ics',
      );
      expect(second[0]!.cached).toBe(first[0]!.cached);
      expect((await stat(second[0]!.cached)).mtimeMs).toBe(unchanged.mtimeMs);
      expect(second[1]!.cached).not.toBe(first[1]!.cached);
      expect((await readdir(cache)).sort()).toEqual(second.map((file) => basename(file.cached)).sort());

      // A file cut short (a broken cache restore) is written again, not linked into the site.
      await writeFile(second[1]!.cached, 'BEGIN:VCAL');
      const third = await cacheTexts([{ path: 'news/b/event.ics', text: 'BEGIN:VCALENDAR\r\nБ, поправено\r\nEND:VCALENDAR' }], cache, '.ics');
      expect(await readFile(third[0]!.cached, 'utf8')).toBe('BEGIN:VCALENDAR\r\nБ, поправено\r\nEND:VCALENDAR');
    });
  });
});
