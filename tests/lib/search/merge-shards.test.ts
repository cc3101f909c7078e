import { describe, expect, it } from 'vitest';
import {
  findTermsIn,
  keepShardsWithAllTerms,
  mergeByScore,
  mergeBySortKey,
  sumFilterCounts,
  type SearchedText,
  type ShardResult,
} from '../../../src/lib/search/merge-shards.ts';

interface Data extends SearchedText {
  url: string;
}

/** A shard's results as Pagefind gives them; `loads` counts the data each shard was asked for. */
function shard(name: string, items: [url: string, score: number, date: string, content?: string][], loads: string[] = []): ShardResult<Data>[] {
  return items.map(([url, score, date, content = '']) => ({
    score,
    data: async () => {
      loads.push(`${name}:${url}`);
      return { url, content, meta: { sortDate: date } };
    },
  }));
}

const urls = (data: Data[]) => data.map((d) => d.url);

describe('sumFilterCounts', () => {
  it('adds up each value over the shards, keeping values only one shard has', () => {
    expect(sumFilterCounts([{ year: { '2024': 2 }, cluster: { a: 1 } }, { year: { '2023': 4 }, cluster: { a: 2, b: 1 } }])).toEqual({
      year: { '2024': 2, '2023': 4 },
      cluster: { a: 3, b: 1 },
    });
  });
});

describe('mergeByScore', () => {
  it('ranks the results of all shards together, best first, a page at a time', async () => {
    const merged = mergeByScore([shard('new', [['a', 3, '2024-01-01'], ['b', 1, '2024-02-01']]), shard('old', [['c', 2, '2019-01-01']])]);
    expect(merged.total).toBe(3);
    expect(urls(await merged.next(2))).toEqual(['a', 'c']);
    expect(urls(await merged.next(2))).toEqual(['b']);
    expect(await merged.next(2)).toEqual([]);
  });
});

describe('mergeBySortKey', () => {
  // Shards hold whole years, but event dates and edits can interleave them.
  const newer = () => shard('newer', [['n1', 0, '2024-05-01'], ['n2', 0, '2023-01-10'], ['n3', 0, '2022-12-01']]);
  const older = () => shard('older', [['o1', 0, '2022-12-31'], ['o2', 0, '2021-03-03']]);

  it('interleaves the shards in the order of the key', async () => {
    const merged = mergeBySortKey([newer(), older()], 'desc', (data) => data.meta.sortDate!);
    expect(merged.total).toBe(5);
    expect(urls(await merged.next(10))).toEqual(['n1', 'n2', 'o1', 'n3', 'o2']);
  });

  it('merges ascending orders the same way', async () => {
    const ascending = (results: ShardResult<Data>[]) => [...results].reverse();
    const merged = mergeBySortKey([ascending(newer()), ascending(older())], 'asc', (data) => data.meta.sortDate!);
    expect(urls(await merged.next(10))).toEqual(['o2', 'n3', 'o1', 'n2', 'n1']);
  });

  it('loads only the results it shows and one more per shard', async () => {
    const loads: string[] = [];
    const big = (name: string, year: number) =>
      shard(name, Array.from({ length: 50 }, (_, i): [string, number, string] => [`${name}${i}`, 0, `${year}-12-${String(28 - (i % 28)).padStart(2, '0')}`]), loads);
    const merged = mergeBySortKey([big('a', 2024), big('b', 2023), big('c', 2022)], 'desc', (data) => data.meta.sortDate!);
    expect(urls(await merged.next(10))).toEqual(['a0', 'a1', 'a2', 'a3', 'a4', 'a5', 'a6', 'a7', 'a8', 'a9']);
    expect(loads.length).toBeLessThanOrEqual(10 + 3);
  });

  it('never hands out a result twice when pages are asked for at once', async () => {
    const merged = mergeBySortKey([newer(), older()], 'desc', (data) => data.meta.sortDate!);
    const [first, second] = await Promise.all([merged.next(3), merged.next(3)]);
    expect([...urls(first!), ...urls(second!)]).toEqual(['n1', 'n2', 'o1', 'n3', 'o2']);
  });
});

describe('findTermsIn', () => {
  it('finds a term as the start of a word in the content or any metadata', () => {
    const data = { content: 'klaster sresht solun', meta: { date: '14 септември 2022 г.', sortDate: '2022-09-14' } };
    expect(findTermsIn(['sresh', 'solun', '2022', '09', 'toronto', 'lun'], data)).toEqual(new Set(['sresh', 'solun', '2022', '09']));
  });
});

describe('keepShardsWithAllTerms', () => {
  const answer = (results: ShardResult<Data>[]) => ({ results });

  it('drops a shard that answered without a term another shard has', async () => {
    const canada = answer(shard('2019', [['kanada', 1, '2019-06-07', 'sresht toronto kanad']]));
    // The shard of older years has no „toronto": Pagefind matched its longest prefix there.
    const valencia = answer(shard('2017', [['valensia', 1, '2017-11-09', 'konferents to valensi']]));
    const none = answer([]);
    expect(await keepShardsWithAllTerms([none, canada, valencia], 'toronto')).toEqual([canada]);
  });

  it('keeps every shard that has every term any shard has', async () => {
    const a = answer(shard('a', [['a', 1, '2024-01-01', 'sresht solun']]));
    const b = answer(shard('b', [['b', 1, '2017-01-01', 'sreshta v solun']]));
    expect(await keepShardsWithAllTerms([a, b], 'sresht solun')).toEqual([a, b]);
  });

  it('keeps the best guesses of all shards when no shard has the term', async () => {
    const a = answer(shard('a', [['a', 1, '2024-01-01', 'tor']]));
    const b = answer(shard('b', [['b', 1, '2017-01-01', 'toro']]));
    expect(await keepShardsWithAllTerms([a, b], 'toronto')).toEqual([a, b]);
  });
});
