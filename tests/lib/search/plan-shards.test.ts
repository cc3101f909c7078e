import { describe, expect, it } from 'vitest';
import { describeIndexedPage, planShards, type IndexedPage } from '../../../src/lib/search/plan-shards.ts';

const page = (slug: string, date: string, hash = 'h', bytes = 1): IndexedPage => ({ path: `news/${slug}/index.html`, date, hash, bytes });
const years = (from: number, to: number, perYear: number) =>
  Array.from({ length: to - from + 1 }, (_, y) => Array.from({ length: perYear }, (_, i) => page(`p${from + y}-${i}`, `${from + y}-05-0${(i % 9) + 1}`))).flat();

describe('planShards', () => {
  it('sizes shards by the bytes Pagefind reads, not by the number of posts', () => {
    const light = years(2000, 2019, 10);
    const heavy = light.map((p) => ({ ...p, bytes: 3 }));
    expect(planShards(light, 60, 'v1')).toHaveLength(4);
    expect(planShards(heavy, 60, 'v1')).toHaveLength(10);
  });

  it('keeps an archive smaller than a shard in one index', () => {
    const shards = planShards(years(2012, 2024, 3), 100, 'v1');
    expect(shards).toHaveLength(1);
    expect(shards[0]).toMatchObject({ from: 2012, to: 2024 });
    expect(shards[0]!.pages).toHaveLength(39);
  });

  it('splits a large archive into runs of whole years, newest first, every post in exactly one', () => {
    const pages = years(2010, 2025, 400);
    const shards = planShards(pages, 1000, 'v1');
    expect(shards.map((shard) => [shard.from, shard.to])).toEqual([
      [2025, 2025],
      [2022, 2024],
      [2019, 2021],
      [2016, 2018],
      [2013, 2015],
      [2010, 2012],
    ]);
    const all = shards.flatMap((shard) => shard.pages.map((p) => p.path));
    expect(new Set(all).size).toBe(pages.length);
    expect(all).toHaveLength(pages.length);
    for (const shard of shards) for (const p of shard.pages) expect(Number(p.date.slice(0, 4))).toBeGreaterThanOrEqual(shard.from);
  });

  it('changes the id of the shard holding a changed page, and only of that one', () => {
    const pages = years(2010, 2025, 400);
    const before = planShards(pages, 1000, 'v1');
    const edited = pages.map((p) => (p.path === 'news/p2016-7/index.html' ? { ...p, hash: 'edited' } : p));
    const after = planShards(edited, 1000, 'v1');
    const changed = after.filter((shard, i) => shard.id !== before[i]!.id);
    expect(changed.map((shard) => [shard.from, shard.to])).toEqual([[2016, 2018]]);
  });

  it('keeps past shards as new posts arrive, and changes every id with the index version', () => {
    const pages = years(2010, 2025, 400);
    const before = planShards(pages, 1000, 'v1');
    const after = planShards([...pages, page('new', '2025-12-01')], 1000, 'v1');
    expect(after.slice(1).map((shard) => shard.id)).toEqual(before.slice(1).map((shard) => shard.id));
    expect(after[0]!.id).not.toBe(before[0]!.id);
    expect(planShards(pages, 1000, 'v2').some((shard, i) => shard.id === before[i]!.id)).toBe(false);
  });
});

describe('describeIndexedPage', () => {
  const html = (body: string, after = '') =>
    Buffer.from(`<html><head><script src="/_astro/a.js"></script></head><body><article data-pagefind-body>${body}<span data-pagefind-sort="date:2022-09-14"></span></article>${after}</body></html>`);

  it('reads the date and hashes only the article Pagefind reads', () => {
    const described = describeIndexedPage('news/a/index.html', html('<h1>Среща</h1>', '<nav>Следваща: стара</nav>'));
    expect(described.date).toBe('2022-09-14');
    expect(describeIndexedPage('news/a/index.html', html('<h1>Среща</h1>', '<nav>Следваща: нова</nav>')).hash).toBe(described.hash);
    expect(describeIndexedPage('news/a/index.html', html('<h1>Среща в Солун</h1>')).hash).not.toBe(described.hash);
    // What Pagefind reads is what its memory grows with: the article, in bytes.
    expect(describeIndexedPage('news/a/index.html', html('<h1>Среща в Солун</h1>')).bytes - described.bytes).toBe(Buffer.byteLength(' в Солун'));
  });

  it('names the page that has no indexed article', () => {
    expect(() => describeIndexedPage('news/b/index.html', Buffer.from('<html><body><p>no article</p></body></html>'))).toThrow('news/b/index.html');
    // A date outside the article is not the one Pagefind reads with it.
    expect(() => describeIndexedPage('news/c/index.html', Buffer.from('<article data-pagefind-body><h1>Среща</h1></article><span data-pagefind-sort="date:2022-09-14"></span>'))).toThrow('news/c/index.html');
  });
});
