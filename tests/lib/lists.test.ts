import { describe, expect, it } from 'vitest';
import { getAdjacentPosts } from '../../src/lib/adjacent-posts.ts';
import { isPostPageFile } from '../../src/lib/paths.ts';
import { getNewsByCluster, getNewsByPartner, getNewsByYear } from '../../src/lib/filter-news.ts';
import { groupByYear } from '../../src/lib/group-by-year.ts';
import { ARCHIVE_PAGE_SIZE, getPageWindow, paginate } from '../../src/lib/paginate.ts';
import { sortNewestFirst } from '../../src/lib/sort-news.ts';
import { isPublished } from '../../src/lib/visibility.ts';
import { makePost } from '../helpers/make-post.ts';

const posts = [
  makePost('b', { date: '2022-09-14', cluster: 'sofia', partners: ['chorus'] }),
  makePost('a', { date: '2024-03-19', cluster: 'sofia' }),
  makePost('c', { date: '2012-10-15', cluster: 'varna', partners: ['chorus', 'eu'] }),
  makePost('d', { date: '2022-09-14', cluster: 'varna' }),
];

describe('isPublished', () => {
  it('hides drafts and shows everything else', () => {
    expect(isPublished(makePost('x', { draft: true }))).toBe(false);
    expect(isPublished(makePost('y'))).toBe(true);
  });
});

describe('sortNewestFirst', () => {
  it('puts the newest first and orders same-day posts by slug', () => {
    expect(sortNewestFirst(posts).map((post) => post.id)).toEqual(['a', 'b', 'd', 'c']);
  });

  it('does not reorder the list it is given', () => {
    const copy = [...posts];
    sortNewestFirst(posts);
    expect(posts).toEqual(copy);
  });
});

describe('groupByYear', () => {
  it('groups by publication year, newest year first, keeping order inside a year', () => {
    const groups = groupByYear(sortNewestFirst(posts));
    expect(groups.map((group) => [group.year, group.posts.map((post) => post.id)])).toEqual([
      [2024, ['a']],
      [2022, ['b', 'd']],
      [2012, ['c']],
    ]);
  });
});

describe('getAdjacentPosts', () => {
  const sorted = sortNewestFirst(posts);

  it('gives the newer and the older neighbour', () => {
    const { newer, older } = getAdjacentPosts(sorted, 1);
    expect(newer?.id).toBe('a');
    expect(older?.id).toBe('d');
  });

  it('has no newer neighbour for the newest post and no older one for the oldest', () => {
    expect(getAdjacentPosts(sorted, 0).newer).toBeUndefined();
    expect(getAdjacentPosts(sorted, sorted.length - 1).older).toBeUndefined();
  });
});

describe('filters', () => {
  it('finds posts by cluster, partner and year', () => {
    expect(getNewsByCluster(posts, 'varna').map((post) => post.id)).toEqual(['c', 'd']);
    expect(getNewsByPartner(posts, 'chorus').map((post) => post.id)).toEqual(['b', 'c']);
    expect(getNewsByYear(posts, 2022).map((post) => post.id)).toEqual(['b', 'd']);
  });
});

describe('paginate', () => {
  it('keeps every item exactly once across pages', () => {
    const items = Array.from({ length: ARCHIVE_PAGE_SIZE * 2 + 3 }, (_, index) => index);
    const pages = paginate(items);
    expect(pages).toHaveLength(3);
    expect(pages.flatMap((page) => page.items)).toEqual(items);
    expect(pages.map((page) => page.param)).toEqual([undefined, 'page/2', 'page/3']);
    expect(pages.every((page) => page.total === 3)).toBe(true);
  });

  it('still has a first page when there is nothing to show', () => {
    expect(paginate([])).toEqual([{ number: 1, total: 1, items: [], param: undefined }]);
  });
});

describe('getPageWindow', () => {
  it('shows every page of a short list', () => {
    expect(getPageWindow(1, 1)).toEqual([1]);
    expect(getPageWindow(2, 5)).toEqual([1, 2, 3, 4, 5]);
  });

  it('keeps the bar the same size however long the archive grows', () => {
    expect(getPageWindow(250, 500)).toEqual([1, 'gap', 248, 249, 250, 251, 252, 'gap', 500]);
    expect(getPageWindow(1, 500)).toEqual([1, 2, 3, 'gap', 500]);
    expect(getPageWindow(500, 500)).toEqual([1, 'gap', 498, 499, 500]);
    expect(getPageWindow(25_000, 50_000)).toHaveLength(9);
  });

  it('shows a single missing page instead of a gap', () => {
    expect(getPageWindow(5, 9)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9]);
    expect(getPageWindow(4, 9)).toEqual([1, 2, 3, 4, 5, 6, 'gap', 9]);
  });
});

describe('isPostPageFile', () => {
  it('tells post pages from year and archive pages', () => {
    expect(['news/solun/index.html', 'news/2022/index.html', 'news/page/2/index.html', 'news/2022/page/2/index.html', 'clusters/x/index.html'].filter(isPostPageFile)).toEqual(['news/solun/index.html']);
  });
});
