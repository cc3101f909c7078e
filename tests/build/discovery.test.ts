import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import ICAL from 'ical.js';
import { parse } from 'node-html-parser';
import sharp from 'sharp';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildSharedSite, listHtmlFiles, readPage, type BuildResult } from '../helpers/build-site.ts';

const SITE = 'https://example.github.io';
const BASE = '/klasteri/';
const SLUGS = [
  'partnyorska-sreshta-smartcitytech-partnership',
  'sreshta-s-gratskia-klaster-chorus-v-solun',
  'uspeshno-priklyuchi-klasternata-sreshta-es-kanada',
  'klaster-zelena-sinergia-vze-uchastie-na-konferentsiyata-grow',
  'predstaviteli-na-chernomorski-energien-klaster-vzeha',
];

// One build at a sub-path, as a GitHub Pages project site: everything below must hold there.
let build: BuildResult;
const file = (path: string) => readFile(join(build.outDir, path), 'utf8');
const xml = new XMLParser({ ignoreAttributes: false });

beforeAll(async () => {
  // The run's shared build at this address, which the browser test at a sub-path serves too.
  build = await buildSharedSite({ SITE_URL: SITE, BASE_PATH: BASE });
  if (build.code !== 0) throw new Error(build.output);
});

describe('a build at a sub-path', () => {
  it('keeps every internal link, image, script and stylesheet pointing at a file of the site', async () => {
    const broken: string[] = [];
    for (const page of await listHtmlFiles(build.outDir)) {
      const html = parse(await readPage(build.outDir, page));
      const urls = [
        ...html.querySelectorAll('a[href]').map((a) => a.getAttribute('href')!),
        ...html.querySelectorAll('link[href], script[src], img[src]').map((el) => el.getAttribute('href') ?? el.getAttribute('src')!),
        ...html.querySelectorAll('meta[property="og:image"], meta[property="og:url"]').map((m) => m.getAttribute('content')!),
      ];
      for (const url of urls) {
        const target = new URL(url, `${SITE}${BASE}${page}`);
        if (target.origin !== SITE) continue;
        if (!target.pathname.startsWith(BASE)) {
          broken.push(`${page}: ${url} (outside ${BASE})`);
          continue;
        }
        const path = decodeURIComponent(target.pathname.slice(BASE.length));
        const onDisk = path === '' || path.endsWith('/') ? join(path, 'index.html') : path;
        if (!existsSync(join(build.outDir, onDisk))) broken.push(`${page}: ${url}`);
      }
    }
    expect(broken).toEqual([]);
  });

  it('gives every page absolute canonical, Open Graph and Twitter card URLs', async () => {
    for (const page of ['index.html', `news/${SLUGS[1]}/index.html`]) {
      const html = parse(await readPage(build.outDir, page));
      const meta = (selector: string) => html.querySelector(selector)?.getAttribute('content') ?? '';
      expect(html.querySelector('link[rel=canonical]')?.getAttribute('href')).toMatch(new RegExp(`^${SITE}${BASE}`));
      expect(meta('meta[property="og:image"]')).toMatch(new RegExp(`^${SITE}${BASE}cards/`));
      expect(meta('meta[name="twitter:card"]')).toBe('summary_large_image');
      expect(meta('meta[property="og:title"]')).toBeTruthy();
    }
  });
});

describe('social cards', () => {
  it('has a 1200×630 card for every post and one for the site', async () => {
    for (const path of [...SLUGS.map((slug) => `cards/news/${slug}.png`), 'cards/site.png']) {
      const { width, height, format } = await sharp(join(build.outDir, path)).metadata();
      expect([path, format, width, height]).toEqual([path, 'png', 1200, 630]);
    }
  });
});

describe('feeds', () => {
  it('RSS 2.0 holds every post with absolute links, dates and Bulgarian language', async () => {
    const { rss } = xml.parse(await file('rss.xml'));
    expect(rss['@_version']).toBe('2.0');
    expect(rss.channel.language).toBe('bg');
    const items = [rss.channel.item].flat();
    expect(items.map((item: { link: string }) => item.link)).toEqual(SLUGS.map((slug) => `${SITE}${BASE}news/${slug}/`));
    expect(new Date(items[0].pubDate).toISOString()).toBe('2024-03-19T00:00:00.000Z');
    expect(items[0]['content:encoded']).toContain('Антверпен');
  });

  it('Atom 1.0 holds every post', async () => {
    const { feed } = xml.parse(await file('atom.xml'));
    expect(feed['@_xmlns']).toBe('http://www.w3.org/2005/Atom');
    expect([feed.entry].flat()).toHaveLength(5);
  });

  it('JSON Feed 1.1 holds every post', async () => {
    const feed = JSON.parse(await file('feed.json'));
    expect(feed.version).toBe('https://jsonfeed.org/version/1.1');
    expect(feed.language).toBe('bg');
    expect(feed.items.map((item: { url: string }) => item.url)).toEqual(SLUGS.map((slug) => `${SITE}${BASE}news/${slug}/`));
    expect(feed.items[0].authors[0].name).toBe('София – град на знанието');
  });

  it('each cluster has its own three feeds with only its posts', async () => {
    const json = JSON.parse(await file('clusters/sofia-grad-na-znanieto/feed.json'));
    expect(json.items).toHaveLength(3);
    const { rss } = xml.parse(await file('clusters/zelena-sinergia/rss.xml'));
    expect([rss.channel.item].flat()).toHaveLength(1);
    const { feed } = xml.parse(await file('clusters/chernomorski-energien-klaster/atom.xml'));
    expect([feed.entry].flat()).toHaveLength(1);
  });

  it('are announced in every page head', async () => {
    const html = parse(await readPage(build.outDir, 'clusters/zelena-sinergia/index.html'));
    const feeds = html.querySelectorAll('link[rel=alternate]').map((link) => link.getAttribute('href'));
    expect(feeds).toContain(`${SITE}${BASE}clusters/zelena-sinergia/rss.xml`);
    expect(feeds).toContain(`${SITE}${BASE}feed.json`);
  });
});

describe('sitemap and robots.txt', () => {
  it('lists every post in the sitemap and points robots at it', async () => {
    const sitemap = await file('sitemap-0.xml');
    for (const slug of SLUGS) expect(sitemap).toContain(`${SITE}${BASE}news/${slug}/`);
    expect(sitemap).not.toContain('404');
    expect(await file('robots.txt')).toContain(`Sitemap: ${SITE}${BASE}sitemap-index.xml`);
  });
});

describe('structured data', () => {
  const jsonLd = async (page: string) =>
    parse(await readPage(build.outDir, page))
      .querySelectorAll('script[type="application/ld+json"]')
      .flatMap((script) => [JSON.parse(script.textContent)].flat());

  it('describes each post as a NewsArticle about its Event, with breadcrumbs', async () => {
    const [article, breadcrumbs] = await jsonLd(`news/${SLUGS[2]}/index.html`);
    expect(article).toMatchObject({
      '@context': 'https://schema.org',
      '@type': 'NewsArticle',
      headline: 'Успешно приключи клъстерната среща ЕС-Канада',
      datePublished: '2019-06-07',
      inLanguage: 'bg',
      image: `${SITE}${BASE}cards/news/${SLUGS[2]}.png`,
      publisher: { '@type': 'Organization', name: 'Клъстер „София – град на знанието“' },
      about: {
        '@type': 'Event',
        name: 'EU-Canada Cluster Matchmaking Event 2019',
        startDate: '2019-06-05',
        endDate: '2019-06-07',
        location: { '@type': 'Place', address: { '@type': 'PostalAddress', addressLocality: 'Торонто', addressCountry: 'CA' } },
        organizer: { '@type': 'Organization' },
      },
    });
    const attendees = article.about.attendee.map((a: { '@type': string; name: string }) => `${a['@type']}:${a.name}`);
    expect(attendees).toContain('Person:Навдееп Бейнс');
    expect(attendees).toContain('Organization:Европейска комисия');
    expect(breadcrumbs['@type']).toBe('BreadcrumbList');
    expect(breadcrumbs.itemListElement.map((item: { position: number }) => item.position)).toEqual([1, 2, 3, 4]);
  });

  it('describes each cluster as an Organization', async () => {
    const [organization] = await jsonLd('clusters/sofia-grad-na-znanieto/index.html');
    expect(organization).toMatchObject({ '@type': 'Organization', name: 'Клъстер „София – град на знанието“', address: { addressLocality: 'София' } });
  });
});

describe('calendars', () => {
  const events = async (path: string) =>
    new ICAL.Component(ICAL.parse(await file(path))).getAllSubcomponents('vevent').map((vevent) => new ICAL.Event(vevent));

  it('has an all-day event per post with the right dates, place and a stable UID', async () => {
    const [event] = await events(`news/${SLUGS[2]}/event.ics`);
    expect(event!.summary).toBe('EU-Canada Cluster Matchmaking Event 2019');
    expect(event!.startDate.isDate).toBe(true);
    expect(event!.startDate.toString()).toBe('2019-06-05');
    // DTEND of an all-day event is the day after the last day (RFC 5545).
    expect(event!.endDate.toString()).toBe('2019-06-08');
    expect(event!.location).toBe('Торонто, Канада');
    expect(event!.uid).toBe(`${SLUGS[2]}@example.github.io`);
  });

  it('has one calendar of all events', async () => {
    expect((await events('events.ics')).map((event) => event.uid.split('@')[0]).sort()).toEqual([...SLUGS].sort());
  });

  it('folds lines at 75 octets of UTF-8', async () => {
    for (const path of ['events.ics', `news/${SLUGS[4]}/event.ics`]) {
      for (const line of (await file(path)).split('\r\n')) {
        expect(Buffer.byteLength(line, 'utf8'), line).toBeLessThanOrEqual(75);
      }
    }
  });

  it('is linked from the event card', async () => {
    const html = parse(await readPage(build.outDir, `news/${SLUGS[0]}/index.html`));
    expect(html.querySelector('.event-card a[download]')?.getAttribute('href')).toBe(`${BASE}news/${SLUGS[0]}/event.ics`);
  });
});
