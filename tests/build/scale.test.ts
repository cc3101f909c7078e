import { existsSync } from 'node:fs';
import { rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parse, type HTMLElement } from 'node-html-parser';
import { chromium } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { generatePosts } from '../../scripts/bench/generate-posts.ts';
import { addAxe, runAxe } from '../../scripts/lib/axe.ts';
import { serveSite } from '../../scripts/lib/serve-site.ts';
import { checkContent } from '../../src/node/content/check-content.ts';
import { FEED_LIMIT } from '../../src/lib/feeds/feed-items.ts';
import { ARCHIVE_PAGE_SIZE } from '../../src/lib/paginate.ts';
import { slugify } from '../../src/lib/slugify.ts';
import { buildSite, readPage } from '../helpers/build-site.ts';
import { makeContentFixture, type ContentFixture } from '../helpers/content-fixture.ts';

/**
 * A 400-post archive: enough for every list to need several pages and every place on
 * the map to hold more events than it shows, so pages that grew with the archive fail.
 */
const POSTS = 400;
let fixture: ContentFixture;
let outDir = '';
let news: { id: string; raw: { cluster: string; partners: string[]; date: string; topics: string[] } }[] = [];

beforeAll(async () => {
  fixture = await makeContentFixture();
  // Bulgarian alone: what grows with the archive is the same in every language's pages, and
  // an English edition would double the build for nothing more to check (the benchmark has it).
  await fixture.edit('site.yaml', (text) => text.replace('languages: [bg, en]', 'languages: [bg]'));
  await rm(join(fixture.contentRoot, 'translations'), { recursive: true });
  const known = {
    clusters: ['sofia-grad-na-znanieto', 'zelena-sinergia', 'chernomorski-energien-klaster'],
    partners: ['chorus-cluster', 'eccp', 'gaia'],
  };
  for (const post of generatePosts(POSTS, known)) await writeFile(join(fixture.contentRoot, 'news', post.file), post.text);
  const check = await checkContent(fixture.contentRoot, fixture.root);
  expect(check.problems).toEqual([]);
  news = check.news as unknown as typeof news;
  const build = await buildSite({ contentRoot: fixture.contentRoot });
  expect(build.code, build.output.slice(-3000)).toBe(0);
  outDir = build.outDir;
}, 300_000);

afterAll(async () => {
  await fixture?.remove();
  if (outDir) await rm(join(outDir, '..'), { recursive: true, force: true });
});

const page = async (path: string) => parse(await readPage(outDir, path));
const fileOf = (href: string) => `${href.replace(/^\//, '')}index.html`;
const postSlugs = (root: HTMLElement) => root.querySelectorAll('.news-card .title a').map((a) => a.getAttribute('href')!.split('/').at(-2)!);

/** Every post a paged list shows, following its „next" links from the first page. */
async function walkList(firstPage: string) {
  const slugs: string[] = [];
  const sizes: number[] = [];
  let path: string | undefined = firstPage;
  while (path) {
    const root = await page(path);
    const onPage = postSlugs(root);
    slugs.push(...onPage);
    sizes.push(onPage.length);
    const pager = root.querySelector('nav.pagination');
    // However long the list, the bar shows the first, the last and five around the current
    // page, plus at most one page each side where a gap would hide only that page.
    if (pager) expect(pager.querySelectorAll('ol a').length).toBeLessThanOrEqual(9);
    const next = pager?.querySelector('a[rel="next"]')?.getAttribute('href');
    path = next ? fileOf(next) : undefined;
  }
  return { slugs, sizes };
}

describe(`an archive of ${POSTS} posts`, () => {
  it.each([
    ['a cluster', 'clusters/zelena-sinergia/index.html', (post: (typeof news)[number]) => post.raw.cluster === 'zelena-sinergia'],
    ['a partner', 'partners/eccp/index.html', (post: (typeof news)[number]) => post.raw.partners.includes('eccp')],
    ['a year', 'news/2015/index.html', (post: (typeof news)[number]) => String(post.raw.date).startsWith('2015')],
    ['a topic', 'topics/interreg/index.html', (post: (typeof news)[number]) => (post.raw.topics ?? []).some((topic) => slugify(topic) === 'interreg')],
    ['the archive', 'news/index.html', () => true],
  ])('lists every post of %s exactly once, a page at a time', async (_, firstPage, belongs) => {
    const { slugs, sizes } = await walkList(firstPage);
    const expected = news.filter(belongs).map((post) => post.id);
    expect(expected.length).toBeGreaterThan(ARCHIVE_PAGE_SIZE);
    expect(slugs.toSorted()).toEqual(expected.toSorted());
    expect(Math.max(...sizes)).toBeLessThanOrEqual(ARCHIVE_PAGE_SIZE);
  });

  it('keeps each feed to the newest posts, newest first, and every card and calendar in place', async () => {
    const newest = (posts: typeof news) =>
      posts
        .toSorted((a, b) => String(b.raw.date).localeCompare(String(a.raw.date)) || a.id.localeCompare(b.id))
        .slice(0, FEED_LIMIT)
        .map((post) => post.id);
    const slugsOf = (feed: string) => [...feed.matchAll(/<link>[^<]*\/news\/([^/<]+)\/<\/link>/g)].map((match) => match[1]);
    expect(slugsOf(await readPage(outDir, 'rss.xml'))).toEqual(newest(news));
    expect(slugsOf(await readPage(outDir, 'clusters/zelena-sinergia/rss.xml'))).toEqual(newest(news.filter((post) => post.raw.cluster === 'zelena-sinergia')));
    const json = JSON.parse(await readPage(outDir, 'feed.json')) as { items: { id: string }[] };
    expect(json.items).toHaveLength(FEED_LIMIT);
    for (const post of news) {
      expect(existsSync(join(outDir, 'cards/news', `${post.id}.png`)), post.id).toBe(true);
      expect(existsSync(join(outDir, 'news', post.id, 'event.ics')), post.id).toBe(true);
    }
    expect((await readPage(outDir, 'events.ics')).match(/BEGIN:VEVENT/g)).toHaveLength(news.length);
  });

  it('shows a few events per place on the maps and links to all of them in the search', async () => {
    // The full map lists four events per place; the small maps on the home and cluster pages one.
    for (const [path, shown] of [['map/index.html', 4], ['index.html', 1], ['clusters/zelena-sinergia/index.html', 1]] as const) {
      const places = (await page(path)).querySelectorAll('[data-map-places] > li');
      expect(places.length).toBeGreaterThan(10);
      let capped = 0;
      for (const place of places) {
        const events = place.querySelectorAll('a[href*="/news/"]');
        expect(events.length, `${path}: ${place.querySelector('strong')?.text}`).toBeLessThanOrEqual(shown);
        const all = place.querySelector('a[href*="/search/?"]');
        if (all) {
          capped++;
          const query = new URLSearchParams(all.getAttribute('href')!.split('?')[1]);
          expect(query.getAll('city')).toHaveLength(1);
          if (path.startsWith('clusters/')) expect(query.getAll('cluster')).toEqual(['zelena-sinergia']);
        }
      }
      expect(capped, path).toBeGreaterThan(0);
    }
  });

  it('gives every link of the page bar a target a finger can hit on a phone (WCAG 2.5.8)', async () => {
    const site = await serveSite(outDir, '/');
    const browser = await chromium.connect(inject('browserEndpoint'));
    try {
      const context = await browser.newContext({ viewport: { width: 375, height: 740 } });
      await addAxe(context);
      const tab = await context.newPage();
      for (const path of ['/news/', '/news/page/3/', '/partners/eccp/', '/topics/interreg/']) {
        await tab.goto(`${site.url}${path}`);
        const links = tab.locator('nav.pagination a');
        expect(await links.count(), path).toBeGreaterThan(2);
        for (const box of await links.evaluateAll((elements) => elements.map((element) => element.getBoundingClientRect().toJSON() as DOMRect))) {
          expect(Math.min(box.width, box.height), path).toBeGreaterThanOrEqual(24);
        }
        const { violations } = await runAxe(tab, { type: 'rule', values: ['target-size'] }, 'nav.pagination');
        expect(violations, path).toEqual([]);
      }
      await context.close();
    } finally {
      await browser.close();
      await site.close();
    }
  });

  it('keeps the timeline to a dozen events a year, with a link to the rest', async () => {
    const years = (await page('timeline/index.html')).querySelectorAll('.year-step');
    expect(years.length).toBeGreaterThan(10);
    for (const year of years) {
      const events = year.querySelectorAll('.events > li').filter((item) => !item.classList.contains('more'));
      expect(events.length).toBeLessThanOrEqual(12);
    }
    const more = years.flatMap((year) => year.querySelectorAll('.more a'));
    expect(more.length).toBeGreaterThan(0);
    for (const link of more) expect(link.getAttribute('href')).toMatch(/\/news\/\d{4}\/$/);
  });
});
