import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import sharp from 'sharp';
import { join } from 'node:path';
import { parse, type HTMLElement } from 'node-html-parser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { countIndexedPages } from '../../src/node/search/index-post-shards.ts';
import { listFiles } from '../../src/node/list-files.ts';
import { adminMetaPolicy, headerPolicy, metaPolicy } from '../../src/security/csp.ts';
import { PROJECT_ROOT } from '../helpers/content-fixture.ts';
import { buildSharedSite, buildSite, copySharedSite, hashFiles, listHtmlFiles, makeProjectCopy, readPage, withTempFolder, type BuildResult } from '../helpers/build-site.ts';
import { ACCEPTED_INPUT_CASES } from '../helpers/bad-input-cases.ts';
import { makeContentFixture, type ContentFixture } from '../helpers/content-fixture.ts';
import { DICTIONARIES } from '../../src/i18n/languages.ts';

/** The language of a built page by its path: English below `en/`, Bulgarian elsewhere. */
const languageOf = (page: string) => (page.startsWith('en/') ? 'en' : 'bg');

// One real build of the site, shared by the assertions below.
let build: BuildResult;
let pages: string[];
/** A title as typed: the non-breaking hyphens and spaces a page sets it with, as plain ones. */
const asTyped = (text: string) => text.replaceAll('\u2011', '-').replaceAll('\u00A0', ' ');
const dom = async (path: string): Promise<HTMLElement> => parse(await readPage(build.outDir, path));
const text = (html: HTMLElement) => html.querySelector('main')?.textContent.replace(/\s+/g, ' ') ?? '';

beforeAll(async () => {
  build = await buildSharedSite();
  if (build.code !== 0) throw new Error(`build failed:\n${build.output}`);
  pages = await listHtmlFiles(build.outDir);
});

const POSTS = [
  {
    slug: 'sreshta-s-gratskia-klaster-chorus-v-solun',
    title: 'Среща с гръцкия Клъстер CHORUS в Солун',
    facts: ['14 септември 2022 г.', 'Солун, Гърция', 'среща', 'Станислав Червенков', 'CHORUS Cluster'],
    partners: ['chorus-cluster'],
    english: { title: 'Meeting with the Greek Cluster CHORUS in Thessaloniki', facts: ['14 September 2022', 'Thessaloniki, Greece', 'meeting', 'Stanislav Chervenkov', 'CHORUS Cluster'] },
  },
  {
    slug: 'partnyorska-sreshta-smartcitytech-partnership',
    title: 'Партньорска среща SmartCityTech Partnership',
    facts: ['19 март 2024 г.', 'Антверпен, Белгия', 'партньорска среща', 'Вихра Андонова', 'Крум Димитров'],
    partners: ['aalborg-green-hub', 'bayern-innovativ', 'scic'],
    english: { title: 'SmartCityTech Partnership partner meeting', facts: ['19 March 2024', 'Antwerp, Belgium', 'partnership meeting', 'Vihra Andonova', 'Krum Dimitrov'] },
  },
  {
    slug: 'uspeshno-priklyuchi-klasternata-sreshta-es-kanada',
    title: 'Успешно приключи клъстерната среща ЕС-Канада',
    facts: ['5–7 юни 2019 г.', 'Торонто, Канада', 'EU-Canada Cluster Matchmaking Event 2019', 'Навдееп Бейнс'],
    partners: ['eccp', 'canada-superclusters'],
    english: { title: 'The EU–Canada cluster meeting has ended successfully', facts: ['5–7 June 2019', 'Toronto, Canada', 'EU-Canada Cluster Matchmaking Event 2019', 'Navdeep Bains', 'Canada’s Innovation Superclusters Initiative'] },
  },
  {
    slug: 'klaster-zelena-sinergia-vze-uchastie-na-konferentsiyata-grow',
    title: 'Клъстер Зелена синергия взе участие на конференцията Grow your Region във Валенсия',
    facts: ['8–9 ноември 2017 г.', 'Валенсия, Испания', 'конференция', 'TRACE-KEI'],
    partners: ['trace-kei'],
    english: { title: 'Cluster Green Synergy took part in the Grow your Region conference in Valencia', facts: ['8–9 November 2017', 'Valencia, Spain', 'conference', 'TRACE-KEI', 'European Commission'] },
  },
  {
    slug: 'predstaviteli-na-chernomorski-energien-klaster-vzeha',
    // The file closes the quote with ” (U+201D); the page shows Bulgarian „…“.
    title: 'Представители на Черноморски Енергиен Клъстер взеха участие в международна конференция „Еко-клъстерите: катализатори на регионалното развитие и интернационализацията“',
    facts: ['15 октомври 2012 г.', '10 октомври 2012 г.', 'Брюксел, Белгия', 'Добромир Джиков', 'Гарет Джоунс'],
    partners: ['oekoenergie-cluster', 'envirocluster-peterborough'],
    english: { title: 'Representatives of the Black Sea Energy Cluster took part in the international conference “Eco-clusters: catalysts for regional development and internationalisation”', facts: ['15 October 2012', '10 October 2012', 'Brussels, Belgium', 'Dobromir Dzhikov', 'Gareth Jones'] },
  },
];

describe('the built site', () => {
  it.each(POSTS)('has a page for „$title" with its facts', async (post) => {
    const html = await dom(`news/${post.slug}/index.html`);
    // Hyphenated and one-letter words are kept on one line with non-breaking hyphens and spaces.
    expect(asTyped(html.querySelector('h1')!.textContent.trim())).toBe(post.title);
    const body = text(html);
    for (const fact of post.facts) expect(body).toContain(fact);
    const links = html.querySelectorAll('main a').map((a) => a.getAttribute('href'));
    for (const partner of post.partners) expect(links).toContain(`/partners/${partner}/`);
  });

  it.each(POSTS)('has an English page for „$title": its translation, marked as one and linked both ways, facts in English', async (post) => {
    const html = await dom(`en/news/${post.slug}/index.html`);
    expect(asTyped(html.querySelector('h1')!.textContent.trim())).toBe(post.english.title);
    const body = text(html);
    for (const fact of post.english.facts) expect(body).toContain(fact);
    // Topics and the source's name are written once, in Bulgarian; the text is all English.
    expect(html.querySelector('.body')!.text).not.toMatch(/\p{Script=Cyrillic}/u);
    expect(html.querySelector('[data-translation-note]')?.text).toContain('Translated from Bulgarian.');
    expect(html.querySelector('[data-translation-note] a')?.getAttribute('href')).toBe(`/news/${post.slug}/`);
    const original = await dom(`news/${post.slug}/index.html`);
    expect(original.querySelector('[data-language-switch]')?.getAttribute('href')).toBe(`/en/news/${post.slug}/`);
    // Each page names the other as its alternate, and says in its data which language it is.
    const alternate = (page: HTMLElement, language: string) => page.querySelector(`link[rel="alternate"][hreflang="${language}"]`)?.getAttribute('href');
    expect(alternate(html, 'bg')).toBe(`http://localhost:4321/news/${post.slug}/`);
    expect(alternate(original, 'en')).toBe(`http://localhost:4321/en/news/${post.slug}/`);
    const article = (page: HTMLElement) => JSON.parse(page.querySelector('script[type="application/ld+json"]')!.textContent)[0];
    expect(article(html)).toMatchObject({ inLanguage: 'en', headline: post.english.title, translationOfWork: { '@id': `http://localhost:4321/news/${post.slug}/#article` } });
    expect(article(original).inLanguage).toBe('bg');
    // A card of its own, in English.
    expect(html.querySelector('meta[property="og:image"]')?.getAttribute('content')).toBe(`http://localhost:4321/en/cards/news/${post.slug}.png`);
    expect(existsSync(join(build.outDir, `en/cards/news/${post.slug}.png`))).toBe(true);
    expect(html.querySelector('meta[property="og:locale"]')?.getAttribute('content')).toBe('en_GB');
  });

  it('gives the English edition its own feeds, calendar and sitemap entries', async () => {
    const rss = await readPage(build.outDir, 'en/rss.xml');
    expect(rss).toContain('<language>en</language>');
    expect(rss).toContain('<title>Meeting with the Greek Cluster CHORUS in Thessaloniki</title>');
    const calendar = (await readPage(build.outDir, 'en/events.ics')).replace(/\r\n /g, '');
    expect(calendar).toContain('LOCATION:Thessaloniki\\, Greece');
    expect(calendar).toContain('SUMMARY:Friendly meeting between Cluster Sofia City of Knowledge and CHORUS Cluster');
    const sitemap = await readPage(build.outDir, 'sitemap-0.xml');
    expect(sitemap).toContain('<xhtml:link rel="alternate" hreflang="en" href="http://localhost:4321/en/news/sreshta-s-gratskia-klaster-chorus-v-solun/"/>');
  });

  it('lists all five posts in the archive, newest first, grouped by year', async () => {
    const html = await dom('news/index.html');
    expect(html.querySelectorAll('main section h2').map((h) => h.textContent.trim())).toEqual([
      '2024', '2022', '2019', '2017', '2012',
    ]);
    const linked = html.querySelectorAll('main article h3 a').map((a) => a.getAttribute('href'));
    expect(linked).toEqual([1, 0, 2, 3, 4].map((i) => `/news/${POSTS[i]!.slug}/`));
  });

  it('has a page per year, cluster, partner and topic, and a 404 page', () => {
    for (const year of [2012, 2017, 2019, 2022, 2024]) expect(pages).toContain(`news/${year}/index.html`);
    for (const cluster of ['sofia-grad-na-znanieto', 'zelena-sinergia', 'chernomorski-energien-klaster']) {
      expect(pages).toContain(`clusters/${cluster}/index.html`);
    }
    expect(pages.filter((page) => page.startsWith('partners/'))).toHaveLength(16);
    expect(pages).toContain('topics/kragova-ikonomika/index.html');
    expect(pages).toContain('404.html');
  });

  it('names topics as they are written, acronyms and names in capitals', async () => {
    const topics = (await dom('topics/index.html')).querySelectorAll('main li a').map((a) => a.textContent.replace(/\(\d+\)/, '').trim());
    expect(topics).toEqual(expect.arrayContaining(['CETA', 'Interreg', 'Open Days', 'Big Data', 'кръгова икономика']));
    const post = await dom('news/partnyorska-sreshta-smartcitytech-partnership/index.html');
    expect(post.querySelectorAll('[aria-labelledby="topics-heading"] a').map((a) => a.textContent.trim())).toEqual([
      'Interreg', 'интелигентни градове', 'Big Data',
    ]);
  });

  it('shows each cluster with its own posts', async () => {
    const html = await dom('clusters/sofia-grad-na-znanieto/index.html');
    expect(html.querySelectorAll('main article')).toHaveLength(3);
  });

  it('groups partners by country in Bulgarian', async () => {
    const html = await dom('partners/index.html');
    const countries = html.querySelectorAll('main h2').map((h) => h.textContent.trim());
    expect(countries).toEqual(expect.arrayContaining(['Гърция', 'Испания', 'Европейски съюз', 'Канада']));
    expect(countries).toEqual([...countries].sort(new Intl.Collator('bg').compare));
  });

  it('links each post to its neighbours and to related posts, never to itself', async () => {
    const html = await dom(`news/${POSTS[0]!.slug}/index.html`);
    const neighbours = html.querySelectorAll('nav[aria-label="Съседни новини"] a').map((a) => a.getAttribute('href'));
    // As in the page bar and on year pages: the newer to the left (←), the older to the right (→).
    expect(neighbours).toEqual([`/news/${POSTS[1]!.slug}/`, `/news/${POSTS[2]!.slug}/`]);
    expect(html.querySelectorAll('nav[aria-label="Съседни новини"] .label').map((label) => label.text)).toEqual(['← По-нова', 'По-стара →']);
    // One trail everywhere: the archive is „Новини“ on a post and on its year's page alike.
    expect(html.querySelector('main p.muted')?.text.trim()).toBe('Новини / 2022');
    expect((await dom('news/2019/index.html')).querySelector('main p.muted')?.text.trim()).toBe('Новини / 2019');
    const related = html.querySelectorAll('.related article a').map((a) => a.getAttribute('href'));
    expect(related).not.toContain(`/news/${POSTS[0]!.slug}/`);
    expect(related.length).toBeGreaterThan(0);
  });

  it('keeps no leftovers of the scraped pages anywhere', async () => {
    const leftovers = [
      'Всички новини', 'Блог публикации', '©', 'Photo_Cluster_Chorus3', 'Делова_вечеря', '.jpg', '.jpeg',
      'maxresdefault', '7d86c9f5970865e99bd66d4e5c6a0791', 'question_5__1', 'Покажи всички', 'FEMAC',
      'ETV 4 Innovation', '14.11.2017', '18.12.2017', 'Дата:',
    ];
    for (const page of pages) {
      const html = await dom(page);
      const visible = html.querySelector('body')?.textContent ?? '';
      for (const leftover of leftovers) expect(visible, `${leftover} in ${page}`).not.toContain(leftover);
      expect(visible, `„Image" in ${page}`).not.toMatch(/\bImage\b/);
      expect(html.querySelectorAll('img'), `img in ${page}`).toHaveLength(0);
    }
  });

  it('links every post from the map, with a text alternative that matches the drawing', async () => {
    for (const page of ['map/index.html', 'index.html']) {
      const html = await dom(page);
      const figure = html.querySelector('.event-map')!;
      const markers = figure.querySelectorAll('svg a.marker');
      const listed = figure.querySelectorAll('[data-map-places] > li');
      expect(markers.map((m) => m.getAttribute('data-place'))).toEqual(listed.map((li) => li.querySelector('strong')!.textContent.split(',')[0]));
      const reachable = new Set<string>();
      for (const marker of markers) {
        const href = marker.getAttribute('href')!;
        const targets = href.startsWith('#')
          ? figure.querySelectorAll(`${href} a`).map((a) => a.getAttribute('href')!)
          : [href];
        for (const target of targets) reachable.add(target);
        expect(marker.getAttribute('aria-label')).toMatch(/^[^:]+, [^:]+: .+\(.+\)/);
      }
      expect([...reachable].sort()).toEqual(POSTS.map((post) => `/news/${post.slug}/`).sort());
    }
  });

  it('puts every post on the timeline once, years in order', async () => {
    const html = await dom('timeline/index.html');
    const links = html.querySelectorAll('[data-timeline] a').map((a) => a.getAttribute('href'));
    expect([...links].sort()).toEqual(POSTS.map((post) => `/news/${post.slug}/`).sort());
    const years = html.querySelectorAll('[data-timeline] .year').map((y) => y.textContent.trim());
    expect(years[0]).toBe('2012');
    expect(years.at(-1)).toBe('2024');
  });

  it('shows each cluster its counts, timeline and map, and each partner who met it', async () => {
    const cluster = await dom('clusters/sofia-grad-na-znanieto/index.html');
    expect(cluster.querySelectorAll('.stats li').map((li) => li.textContent.replace(/\s+/g, ' ').trim())).toEqual(['3 събития', '3 държави', '11 партньори']);
    expect(cluster.querySelectorAll('[data-timeline] a')).toHaveLength(3);
    expect(cluster.querySelectorAll('.event-map svg a.marker')).toHaveLength(3);
    const partner = await dom('partners/european-commission/index.html');
    const rows = partner.querySelectorAll('tbody tr').map((tr) => tr.querySelectorAll('td').map((td) => td.textContent.trim()));
    expect(rows).toEqual([
      ['София – град на знанието', 'EU-Canada Cluster Matchmaking Event 2019', 'Торонто, Канада', '5–7 юни 2019 г.'],
      ['Зелена синергия', 'Grow your Region (второ издание)', 'Валенсия, Испания', '8–9 ноември 2017 г.'],
    ]);
  });

  it('keeps a hyphenated word of a title on one line', async () => {
    const toronto = await dom('news/uspeshno-priklyuchi-klasternata-sreshta-es-kanada/index.html');
    expect(toronto.querySelector('h1')!.text).toContain('ЕС\u2011Канада');
    const cards = (await dom('news/index.html')).querySelectorAll('.news-card .title').map((title) => title.text);
    expect(cards.filter((title) => title.includes('\u2011'))).toHaveLength(2);
    expect(cards.filter((title) => /\p{L}-\p{L}/u.test(title))).toEqual([]);
  });

  it('sets the scraped texts in Bulgarian typography without changing their files', async () => {
    const grow = (await dom('news/klaster-zelena-sinergia-vze-uchastie-na-konferentsiyata-grow/index.html')).querySelector('article')!.text;
    expect(grow).toContain('8\u20139 ноември 2017\u202Fг.');
    const blackSea = (await dom('news/predstaviteli-na-chernomorski-energien-klaster-vzeha/index.html')).querySelector('article')!.text;
    expect(blackSea).toContain('10.10.2012\u202Fг.');
    expect(blackSea).not.toMatch(/\u201D|"/);
    expect(await readFile(join(PROJECT_ROOT, 'content/news/klaster-zelena-sinergia-vze-uchastie-na-konferentsiyata-grow.md'), 'utf8')).toContain('8-9 ноември 2017г.');
  });

  it('offers plain share links on a post, with no script or tracking of the other sites, and a way back to the top', async () => {
    const html = await dom(`news/${POSTS[0]!.slug}/index.html`);
    const url = encodeURIComponent(`http://localhost:4321/news/${POSTS[0]!.slug}/`);
    const links = html.querySelectorAll('nav[aria-label="Споделете новината"] a').map((a) => [a.text, a.getAttribute('href')]);
    expect(links).toEqual([
      ['Имейл', `mailto:?subject=${encodeURIComponent(POSTS[0]!.title)}&body=${url}`],
      ['LinkedIn', `https://www.linkedin.com/sharing/share-offsite/?url=${url}`],
      ['Facebook', `https://www.facebook.com/sharer/sharer.php?u=${url}`],
      ['X', `https://x.com/intent/post?url=${url}&text=${encodeURIComponent(POSTS[0]!.title)}`],
    ]);
    // Copying needs a script: without one the button stays hidden (`.needs-script`; the browser test checks it unseen).
    expect(html.querySelector('[data-copy-link]')?.closest('.needs-script')).toBeTruthy();
    expect(html.querySelector('a[href="#top"]')?.text).toContain('Към началото');
    expect(html.querySelector('body')?.getAttribute('id')).toBe('top');
  });

  it('promises shaded partner countries under a map only where the map shades some', async () => {
    const captions: Record<string, boolean> = {};
    for (const page of pages.filter((page) => !page.startsWith('admin/'))) {
      for (const figure of (await dom(page)).querySelectorAll('figure:has(svg)')) {
        const shades = figure.querySelectorAll('path.country.shaded').length > 0;
        const promises = figure.querySelector('figcaption')!.text.includes(DICTIONARIES[languageOf(page)].map.captionWithCountries);
        expect(promises, page).toBe(shades);
        captions[page] = shades;
      }
    }
    // Both kinds occur: maps with partner countries, and a cluster whose partners are all European bodies.
    expect(new Set(Object.values(captions))).toEqual(new Set([true, false]));
  });

  it('lists the footer links with a separator after each but the last, never glued to a word', async () => {
    for (const page of pages.filter((page) => !page.startsWith('admin/'))) {
      const links = (await dom(page)).querySelectorAll('footer nav li');
      const expected = { bg: ['Търсене', 'Карта', 'Хронология', 'RSS', 'Atom', 'JSON Feed', 'Календар (.ics)'], en: ['Search', 'Map', 'Timeline', 'RSS', 'Atom', 'JSON Feed', 'Calendar (.ics)'] };
      expect(links.map((item) => item.text.trim()), page).toEqual(expected[languageOf(page)]);
      expect((await dom(page)).querySelector('footer')!.text, page).not.toMatch(/\S·|·\S/);
    }
  });

  it('ships no inline script, and no script but the theme and the header’s small one outside the search page and the editor', async () => {
    for (const page of pages) {
      const html = await dom(page);
      // JSON-LD blocks are data, never executed, so no Content Security Policy applies to them.
      const scripts = html.querySelectorAll('script').filter((script) => script.getAttribute('type') !== 'application/ld+json');
      const inline = scripts.filter((script) => !script.getAttribute('src'));
      // The editor's import map is the one inline script, allowed by its hash alone.
      if (page === 'admin/index.html') {
        expect(inline.map((script) => script.getAttribute('type'))).toEqual(['importmap']);
        const hash = createHash('sha256').update(inline[0]!.textContent).digest('base64');
        expect(adminMetaPolicy()).toContain(`script-src 'self' 'sha256-${hash}';`);
      } else {
        expect(inline, page).toEqual([]);
      }
      const sources = scripts.filter((script) => script.getAttribute('src')).map((script) => script.getAttribute('src')!);
      // The web editor's page runs the editor from the site's own files and the site's one addition to it.
      if (page === 'admin/index.html') {
        expect(sources.slice(0, 2)).toEqual(['local-files.js', 'sveltia-cms.js']);
        expect(sources.slice(2)).toEqual([expect.stringMatching(/^\/_astro\/[\w.-]+\.js$/)]);
        continue;
      }
      // The theme first, blocking, before the styles; then the header's (shortcut, copy link, theme switch).
      expect(sources[0], page).toBe('/theme.js');
      const allowed = /^(en\/)?search\/index\.html$/.test(page) ? 3 : 2;
      expect(sources.length, page).toBeLessThanOrEqual(allowed);
    }
    for (const script of (await dom('index.html')).querySelectorAll('script[src]')) {
      const { size } = await stat(join(build.outDir, script.getAttribute('src')!));
      expect(size, script.getAttribute('src')!).toBeLessThan(2048);
    }
  });

  it('gives every page the site’s Content Security Policy before anything it loads, and the web editor its own', async () => {
    expect(pages).toContain('admin/index.html');
    for (const page of pages) {
      const head = (await dom(page)).querySelector('head')!;
      const policies = head.querySelectorAll('meta[http-equiv="content-security-policy"]');
      const policy = page === 'admin/index.html' ? adminMetaPolicy() : metaPolicy();
      expect(policies.map((meta) => meta.getAttribute('content')), page).toEqual([policy]);
      // The editor's page loads its program from the body, once the editor's policy is set.
      if (page === 'admin/index.html') continue;
      // A policy in a <meta> governs only what comes after it.
      const loads = head.querySelectorAll('link[rel="stylesheet"], script[src], link[rel="preload"]');
      const order = head.querySelectorAll('meta[http-equiv="content-security-policy"], link[rel="stylesheet"], script[src], link[rel="preload"]');
      expect(order[0], page).toBe(policies[0]);
      expect(loads.length, page).toBeGreaterThan(0);
    }
  });

  it('sends every file of the site the site’s policy in _headers, unchanged, and the web editor’s only to admin/', async () => {
    const rules = new Map<string, string[]>();
    let current = '';
    for (const line of (await readFile(join(build.outDir, '_headers'), 'utf8')).split('\n')) {
      if (line && !line.startsWith(' ')) rules.set((current = line), []);
      else if (line.trim()) rules.get(current)!.push(line.trim());
    }
    const policyOf = (file: string) =>
      [...rules]
        .filter(([pattern]) => pattern === '/*' || (pattern.endsWith('*') ? `/${file}`.startsWith(pattern.slice(0, -1)) : `/${file}` === pattern))
        .flatMap(([, headers]) => headers.filter((header) => header.startsWith('Content-Security-Policy: ')));
    for (const file of await listFiles(build.outDir)) {
      if (file === '_headers') continue;
      const expected = file.startsWith('admin/') ? `${adminMetaPolicy()}; frame-ancestors 'none'` : headerPolicy();
      expect(policyOf(file), file).toEqual([`Content-Security-Policy: ${expected}`]);
    }
    expect(rules.get('/')).toEqual([`Content-Security-Policy: ${headerPolicy()}`]);
    expect(rules.get('/admin/*')).toContain('X-Robots-Tag: noindex');
  });

  it('keeps the web editor out of the sitemap, the search index and the feeds', async () => {
    const admin = await dom('admin/index.html');
    expect(admin.querySelector('meta[name="robots"]')?.getAttribute('content')).toContain('noindex');
    for (const file of (await listFiles(build.outDir)).filter((name) => /^(sitemap-\d+\.xml|rss\.xml|atom\.xml|feed\.json)$/.test(name))) {
      expect(await readFile(join(build.outDir, file), 'utf8'), file).not.toContain('/admin/');
    }
    const indexed = await readFile(join(build.outDir, 'pagefind/shards.json'), 'utf8');
    expect(indexed).not.toContain('admin');
  });

  it('indexes the five posts for search and nothing else', async () => {
    expect(await countIndexedPages(build.outDir)).toBe(5);
    for (const post of POSTS) {
      const html = await dom(`news/${post.slug}/index.html`);
      expect(html.querySelectorAll('[data-pagefind-body]')).toHaveLength(1);
      const filters = html.querySelectorAll('[data-pagefind-filter]').map((el) => el.getAttribute('data-pagefind-filter')!.split(':')[0]);
      expect(new Set(filters)).toEqual(new Set(['cluster', 'partner', 'country', 'city', 'year', 'kind']));
    }
  });

  it('keeps everything Pagefind reads of a post inside its article, where the search cache looks for changes', async () => {
    for (const post of POSTS) {
      const source = await readPage(build.outDir, `news/${post.slug}/index.html`);
      const article = dom(`news/${post.slug}/index.html`).then((html) => html.querySelector('article[data-pagefind-body]')!);
      const inside = (await article).querySelectorAll('[data-pagefind-filter], [data-pagefind-meta], [data-pagefind-sort], [data-pagefind-weight]').length;
      expect(source.match(/data-pagefind-(filter|meta|sort|weight)=/g)).toHaveLength(inside);
    }
  });

  it('gives every page one h1, its language’s lang (Bulgarian at the root, English below en/), a skip link and a title', async () => {
    // The web editor's page is its program's: a Bulgarian title and nothing else of the site's.
    for (const page of pages.filter((file) => !file.startsWith('admin/'))) {
      const html = await dom(page);
      expect(html.querySelectorAll('h1'), page).toHaveLength(1);
      expect(html.querySelector('html')?.getAttribute('lang'), page).toBe(languageOf(page));
      expect(html.querySelector('a.skip-link')?.getAttribute('href')).toBe('#main');
      expect(html.querySelector('title')?.textContent.trim()).toBeTruthy();
    }
  });
});

describe('a build from edited content', () => {
  let fixture: ContentFixture;
  let edited: BuildResult;

  beforeAll(async () => {
    fixture = await makeContentFixture();
    const chorus = 'news/sreshta-s-gratskia-klaster-chorus-v-solun.md';
    const original = await readFile(join(fixture.contentRoot, chorus), 'utf8');
    // A photo the test makes itself: the site never shows a fake photo.
    const photo = await sharp({ create: { width: 1600, height: 900, channels: 3, background: '#3a7ca5' } }).png().toBuffer();
    await writeFile(join(fixture.contentRoot, 'news/test-photo.png'), photo);
    const withImage = original
      .replace('2022-09-14\n', '2022-09-20\n')
      .replace('source:', 'images:\n  - src: ./test-photo.png\n    alt: "Синя тестова картина"\n    caption: "Надпис под снимката"\nsource:')
      .replace(/^(source:\n {2}name: .*)$/m, '$1\n  url: https://klasteri.example/novini/chorus');
    await fixture.write('news/sreshta-s-gratskia-klaster-chorus-v-solun-2.md', withImage);
    await fixture.write('news/chernova.md', original.replace('source:', 'draft: true\nsource:').replace('Среща с гръцкия', 'Чернова: среща'));
    for (const goodCase of ACCEPTED_INPUT_CASES) await goodCase.apply(fixture);
    edited = await buildSite({ contentRoot: fixture.contentRoot });
  });
  afterAll(() => fixture.remove());

  it('builds two posts with the same title as two pages', async () => {
    expect(edited.code, edited.output).toBe(0);
    for (const slug of ['sreshta-s-gratskia-klaster-chorus-v-solun', 'sreshta-s-gratskia-klaster-chorus-v-solun-2']) {
      const html = parse(await readPage(edited.outDir, `news/${slug}/index.html`));
      expect(asTyped(html.querySelector('h1')!.textContent)).toBe('Среща с гръцкия Клъстер CHORUS в Солун');
    }
  });

  it('lists an untranslated post in English with its facts in English, its texts marked Bulgarian, and the way to the original', async () => {
    const slug = 'sreshta-s-gratskia-klaster-chorus-v-solun-2';
    const html = parse(await readPage(edited.outDir, `en/news/${slug}/index.html`));
    expect(html.querySelector('h1')?.getAttribute('lang')).toBe('bg');
    const card = html.querySelector('.event-card')!.text.replace(/\s+/g, ' ');
    expect(card).toContain('14 September 2022');
    expect(card).toContain('Thessaloniki, Greece');
    const note = html.querySelector('[data-translation-note]')!;
    expect(note.text).toContain('This news item has not been translated yet.');
    expect(note.querySelector('.summary')?.getAttribute('lang')).toBe('bg');
    expect(note.querySelector('a[hreflang="bg"]')?.getAttribute('href')).toBe(`/news/${slug}/`);
    // No body in another language than the page's, and the photo's description marked as Bulgarian.
    expect(html.querySelector('.body')).toBeNull();
    expect(html.querySelector('.photos figure')?.getAttribute('lang')).toBe('bg');
    const people = html.querySelector('.people')!.text;
    expect(people).toContain('Dimitar Filipov');
    const list = parse(await readPage(edited.outDir, 'en/news/index.html'));
    expect(list.querySelector(`a[href="/en/news/${slug}/"]`)?.closest('h3')?.getAttribute('lang')).toBe('bg');
    // An English feed holds English texts only: the translated posts.
    const feed = await readPage(edited.outDir, 'en/rss.xml');
    expect(feed).not.toContain(`/en/news/${slug}/`);
    expect(feed).toContain('/en/news/sreshta-s-gratskia-klaster-chorus-v-solun/');
  });

  it('links the source when its address is known, and only names it otherwise', async () => {
    const linked = parse(await readPage(edited.outDir, 'news/sreshta-s-gratskia-klaster-chorus-v-solun-2/index.html')).querySelector('.source a');
    expect(linked?.getAttribute('href')).toBe('https://klasteri.example/novini/chorus');
    expect(linked?.text).toBe('Сайт на клъстер „София – град на знанието“');
    const named = parse(await readPage(edited.outDir, 'news/sreshta-s-gratskia-klaster-chorus-v-solun/index.html')).querySelector('.source');
    expect(named?.text).toBe('Източник: Сайт на клъстер „София – град на знанието“');
    expect(named?.querySelector('a')).toBeNull();
  });

  it('serves post images as AVIF and WebP at several widths, sized and lazy, with their alt text', async () => {
    const html = parse(await readPage(edited.outDir, 'news/sreshta-s-gratskia-klaster-chorus-v-solun-2/index.html'));
    const picture = html.querySelector('.photos picture');
    const types = picture?.querySelectorAll('source').map((source) => source.getAttribute('type'));
    expect(types).toEqual(['image/avif', 'image/webp']);
    const srcset = picture?.querySelector('source[type="image/avif"]')?.getAttribute('srcset') ?? '';
    expect(srcset.split(',').map((candidate) => candidate.trim().split(' ')[1])).toEqual(['480w', '800w', '1200w']);
    const img = picture?.querySelector('img');
    expect(img?.getAttribute('alt')).toBe('Синя тестова картина');
    expect(img?.getAttribute('loading')).toBe('lazy');
    expect(Number(img?.getAttribute('width'))).toBeGreaterThan(0);
    expect(Number(img?.getAttribute('height'))).toBeGreaterThan(0);
    expect(html.querySelector('.photos figcaption')?.textContent).toBe('Надпис под снимката');
    for (const candidate of srcset.split(',')) {
      const path = candidate.trim().split(' ')[0]!;
      expect(existsSync(join(edited.outDir, path)), path).toBe(true);
    }
  });

  it.each(ACCEPTED_INPUT_CASES.filter((goodCase) => goodCase.page))('builds what the check accepts: $name', async (goodCase) => {
    expect(edited.code, edited.output.slice(-2000)).toBe(0);
    const html = parse(await readPage(edited.outDir, goodCase.page!));
    expect(html.querySelector('h1')?.textContent).toMatch(/Среща|R&D \*нов\* проект!/);
  });

  it('publishes a draft nowhere, not even in the search index', async () => {
    const accepted = ACCEPTED_INPUT_CASES.filter((goodCase) => goodCase.page).length;
    expect(await countIndexedPages(edited.outDir)).toBe(6 + accepted);
    const files = await listHtmlFiles(edited.outDir);
    expect(files.some((file) => file.includes('chernova'))).toBe(false);
    for (const file of files) expect(await readPage(edited.outDir, file)).not.toContain('Чернова: среща');
  });
});

describe('a build that fails', () => {
  // One good build, then a failure in each phase over the same site and caches: the site
  // must stay byte for byte what the good build left, and the new folder must be gone.
  let fixture: ContentFixture;
  let good: BuildResult;
  let scratch: string;
  let before: Record<string, string>;

  beforeAll(async () => {
    // The project's content, built once for the run: a copy is the good build the failures go over.
    fixture = await makeContentFixture();
    good = await copySharedSite();
    scratch = join(good.outDir, '..');
    before = await hashFiles(good.outDir);
  });
  afterAll(() => fixture.remove());

  /** A build over the good one with a file where the cache folder `folder` should be: the step that writes there fails. */
  async function buildWithFileInPlaceOf(folder: string): Promise<BuildResult> {
    await rm(join(scratch, folder), { recursive: true, force: true });
    await writeFile(join(scratch, folder), 'not a folder');
    try {
      return await buildSite({ contentRoot: fixture.contentRoot, scratch });
    } finally {
      await rm(join(scratch, folder));
    }
  }

  async function expectSiteUnchanged(result: BuildResult) {
    expect(result.code, result.output).toBe(1);
    expect(await hashFiles(good.outDir)).toEqual(before);
    expect(existsSync(`${good.outDir}.next`)).toBe(false);
  }

  it('in the content check: the check’s lines, and the site as it was', async () => {
    await fixture.write('news/bez-data.md', (await readFile(join(fixture.contentRoot, 'news/sreshta-s-gratskia-klaster-chorus-v-solun.md'), 'utf8')).replace(/^date: .*\n/m, ''));
    const result = await buildSite({ contentRoot: fixture.contentRoot, scratch });
    await rm(join(fixture.contentRoot, 'news/bez-data.md'));
    expect(result.output).toMatch(/bez-data\.md(:\d+)?: поле „date“: липсва задължителното поле\./);
    await expectSiteUnchanged(result);
  });

  it('while Astro renders the pages: Astro’s error, and the site as it was', async () => {
    // A copy of the project with one page that throws: no content can make a page fail, since the check runs first.
    const project = await makeProjectCopy({ 'src/pages/broken.astro': "---\nthrow new Error('this page cannot be rendered');\n---\n" });
    const result = await buildSite({ contentRoot: fixture.contentRoot, scratch, cwd: project });
    expect(result.output).toContain('this page cannot be rendered');
    expect(result.output).toContain('astro build failed (exit code 1); the site was not changed.');
    await expectSiteUnchanged(result);
  });

  it('while the search index is built: the reason, and the site as it was', async () => {
    // Only the search index writes here.
    const result = await buildWithFileInPlaceOf('post-files/search');
    expect(result.output).toContain('The search index could not be built');
    expect(result.output).toContain('The site was not changed.');
    await expectSiteUnchanged(result);
  });

  it('while the social cards are drawn: the reason, and the site as it was', async () => {
    const result = await buildWithFileInPlaceOf('post-files/cards');
    // The site's own card is drawn from the same folder, so Astro may be the first to fail.
    expect(result.output).toContain(`EEXIST: file already exists, mkdir '${join(scratch, 'post-files/cards')}'`);
    await expectSiteUnchanged(result);
  });

  it('and the next good build replaces the site whole', async () => {
    const again = await buildSite({ contentRoot: fixture.contentRoot, scratch });
    expect(again.code, again.output).toBe(0);
    // The search index was made anew (its cache was removed above), and Pagefind's filter files differ from run to run.
    const pages = (hashes: Record<string, string>) => Object.entries(hashes).filter(([file]) => !/^(en\/)?pagefind\/.+\/(filter\/|pagefind-entry|pagefind\.)/.test(file));
    const after = await hashFiles(good.outDir);
    expect(pages(after)).toEqual(pages(before));
    expect(await countIndexedPages(good.outDir)).toBe(5);
    expect(existsSync(`${good.outDir}.next`)).toBe(false);
  });
});

describe('a build without SITE_URL', () => {
  // Outside CI it only warns: tests/build/other-network.test.ts builds that way.
  it('stops in CI with one line saying what to set', async () => {
    const inCi = await buildSite({ env: { SITE_URL: '', CI: 'true' } });
    expect(inCi.code).toBe(1);
    expect(inCi.output.trim()).toBe('SITE_URL is not set, so canonical links, og:url, social cards, feeds and the sitemap would point at http://localhost:4321. Set SITE_URL (and BASE_PATH) to the address the site is published at.');
    expect(existsSync(inCi.outDir)).toBe(false);
  });
});

describe('a build whose calendars cannot be written', () => {
  it('fails and says so, before anything is written', async () => {
    // Only the content check writes the calendars, into their store; a file in its place makes it fail alone.
    await withTempFolder('cluster-news-build-', async (scratch) => {
      await mkdir(join(scratch, 'post-files'), { recursive: true });
      await writeFile(join(scratch, 'post-files/calendars'), 'not a folder');
      const result = await buildSite({ scratch });
      expect(result.code).toBe(1);
      // One line with the reason, not a stack trace.
      expect(result.output.trim()).toBe(`The content could not be checked: checking the content stopped: EEXIST: file already exists, mkdir '${join(scratch, 'post-files/calendars')}'`);
      expect(existsSync(result.outDir)).toBe(false);
    });
  });
});

describe('a build whose archive outgrows Astro’s heap limit', () => {
  it('builds again without the limit and publishes the whole site', async () => {
    await withTempFolder('cluster-news-build-', async (scratch) => {
      const result = await buildSite({ scratch, env: { ASTRO_HEAP_MB: '16' } });
      expect(result.code, result.output).toBe(0);
      expect(result.output).toContain('Astro needed more than 16 MB of heap; building again without a limit');
      expect(await listHtmlFiles(result.outDir)).toEqual(pages);
      expect(await countIndexedPages(result.outDir)).toBe(5);
      // The cards and calendars go into the site started again, not into the one given up.
      // A card and a calendar per post, and an English card and calendar per translated post (all five).
      const postFiles = (await listFiles(result.outDir)).filter((file) => /^(en\/)?cards\/news\/.+\.png$|\/event\.ics$/.test(file));
      expect(postFiles).toHaveLength(20);
    });
  });
});
