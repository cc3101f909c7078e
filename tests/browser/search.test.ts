import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { startBrowsedSite, type BrowsedSite } from '../helpers/browser.ts';

const CHORUS = '/news/sreshta-s-gratskia-klaster-chorus-v-solun/';
const ANTWERP = '/news/partnyorska-sreshta-smartcitytech-partnership/';
const CANADA = '/news/uspeshno-priklyuchi-klasternata-sreshta-es-kanada/';
const VALENCIA = '/news/klaster-zelena-sinergia-vze-uchastie-na-konferentsiyata-grow/';
const BRUSSELS = '/news/predstaviteli-na-chernomorski-energien-klaster-vzeha/';

let browser: Browser;
let site: BrowsedSite;
/** One browser context per site, a new tab per test: a new context is a new browser process each time. */
let context: BrowserContext;
let page: Page;
let problems: string[];

/** Builds and serves the site for the tests of one `describe`; `env` shapes the build. */
function useSite(env: Record<string, string> = {}) {
  beforeAll(async () => {
    site = await startBrowsedSite({ env });
    browser = site.browser;
    context = await browser.newContext();
  });
  afterAll(async () => {
    await context?.close();
    await site?.close();
  });
}

async function open(path: string) {
  page = await context.newPage();
  problems = [];
  page.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warning') problems.push(message.text());
  });
  page.on('pageerror', (error) => problems.push(error.message));
  await page.goto(site.url + path);
}

afterEach(async () => {
  expect(problems, 'console errors').toEqual([]);
  await page?.close();
});

/** Waits for the search to settle and returns the result links in order. */
async function results(): Promise<string[]> {
  // The list is busy while a search runs; the count is announced when the cards are in.
  await page.waitForSelector('[data-search-results][aria-busy="false"]', { state: 'attached' });
  return page.$$eval('[data-search-results] h2 a', (links) =>
    links.map((link) => new URL((link as HTMLAnchorElement).href).pathname),
  );
}

async function typeQuery(text: string) {
  const before = await page.textContent('[data-search-status]');
  await page.fill('#search-q', text);
  await page.waitForFunction((old) => document.querySelector('[data-search-status]')?.textContent !== old, before);
}

// The archive's five posts as one index, and split into three shards (2012–2017, 2019–2022,
// 2024), as an archive of many thousand posts is: every search must answer the same.
function answersTheSameInEveryLayout(shards: number) {
  // One page, query after query, as a reader refines a search: each must find its posts.
  it(`finds posts by every kind of query, marking what it matched, from an index in ${shards} ${shards === 1 ? 'part' : 'parts'}`, async () => {
    const queries: [kind: string, query: string, expected: string[]][] = [
      ['a Cyrillic query', 'Солун', [CHORUS]],
      ['an inflected query („министри" finds „министър")', 'министри', [CANADA]],
      ['a Latin query for a city', 'solun', [CHORUS]],
      ['a Latin query for another city', 'toronto', [CANADA]],
      ['a Latin query for a Belgian city in Bulgarian form', 'antverpen', [ANTWERP]],
      ['an informal Latin spelling', 'valensiq', [VALENCIA]],
      ['a word with a letter too many, and marks the word it matched („Солунн“)', 'Солунн', [CHORUS]],
    ];
    await open('/search/');
    await results();
    const manifest = await page.evaluate(async () => (await fetch('/pagefind/shards.json')).json());
    expect(manifest.shards).toHaveLength(shards);
    for (const [kind, query, expected] of queries) {
      await typeQuery(query);
      expect(await results(), kind).toEqual(expected);
      expect(await page.$$eval('[data-search-results] mark', (marks) => marks.length), kind).toBeGreaterThan(0);
    }
  });

  it('answers a typo with the posts of the word meant, says so, and loads the vocabulary only then', async () => {
    await open('/search/?q=solun');
    await results();
    const vocabularies: string[] = [];
    page.on('request', (request) => {
      const file = /\/words\/(\w+)\.txt$/.exec(request.url());
      if (file) vocabularies.push(String.fromCodePoint(Number.parseInt(file[1]!, 16)));
    });
    await typeQuery('Солун');
    await results();
    expect(vocabularies, 'a query that finds posts needs no vocabulary').toEqual([]);
    const typos: [typed: string, meant: string, expected: string[]][] = [
      ['Солон', 'солун', [CHORUS]],
      ['филипв', 'филипов', [ANTWERP, CANADA, CHORUS]],
      // A Latin „C" among Cyrillic letters, as a keyboard switched halfway types it.
      ['Cолун', 'солун', [CHORUS]],
    ];
    for (const [typed, meant, expected] of typos) {
      await typeQuery(typed);
      expect((await results()).sort(), typed).toEqual(expected.sort());
      expect(await page.textContent('[data-search-status]'), typed).toContain(`за „${meant}“`);
      expect(await page.textContent('[data-search-note]'), typed).toBe(`Показани са резултати за „${meant}“. Търсене точно за „${typed}“`);
    }
    // Only the words of the letters typed first are fetched (a Latin „C" may be a Cyrillic „С").
    expect([...new Set(vocabularies)].sort()).toEqual(['c', 'с', 'ф']);
  });

  it('searches exactly as typed when asked, and then suggests what to try', async () => {
    await open('/search/?q=' + encodeURIComponent('Солон'));
    await results();
    await page.click('[data-search-note] a');
    await page.waitForURL(/exact=1/);
    await page.waitForFunction(() => document.querySelector('[data-search-status]')?.textContent?.startsWith('Няма новини'));
    expect(await results()).toEqual([]);
    expect(await page.textContent('[data-search-status]')).toBe('Няма новини за „Солон“.');
    expect(await page.$$eval('[data-search-note] li', (items) => items.map((item) => item.textContent))).toEqual([
      'Опитайте с друга дума или с по-малко думи.',
      'Разгледайте архива по години.',
    ]);
    // Typing again lets the search correct the new words.
    await typeQuery('Солон ');
    expect(await results()).toEqual([CHORUS]);
  });

  it('suggests dropping the filters when they leave nothing, and the link does so', async () => {
    await open('/search/?q=toronto&year=2022');
    await results();
    expect(await page.textContent('[data-search-status]')).toBe('Няма новини за „toronto“ с избраните филтри.');
    const first = page.locator('[data-search-note] li').first();
    expect(await first.textContent()).toBe('Търсете „toronto“ без филтрите — 1 новина.');
    await first.locator('a').click();
    await page.waitForURL((url) => !url.search.includes('year'));
    expect(await results()).toEqual([CANADA]);
    expect(await page.isChecked('[data-facet="year"] input[value="2022"]')).toBe(false);
  });

  it('finds a person in every post that names him, typed in Latin', async () => {
    await open('/search/?q=filipov');
    expect((await results()).sort()).toEqual([ANTWERP, CANADA, CHORUS].sort());
  });

  it('ignores stopwords: „среща през 2022 в Солун" behaves as „среща 2022 Солун"', async () => {
    // „през" occurs nowhere in the post, so only dropping it lets the post be found.
    await open('/search/?q=' + encodeURIComponent('среща през 2022 в Солун'));
    const withStopword = await results();
    await typeQuery('среща 2022 Солун');
    expect(await results()).toEqual(withStopword);
    expect(withStopword).toEqual([CHORUS]);
  });

  it('narrows by filters with counts that add up', async () => {
    await open('/search/?country=BE');
    expect((await results()).sort()).toEqual([ANTWERP, BRUSSELS].sort());
    const count = (facet: string, value: string) =>
      page.textContent(`[data-facet="${facet}"] input[value="${value}"] ~ .count`);
    expect(await count('country', 'BE')).toBe('(2)');
    expect(await count('country', 'GR')).toBe('(1)');
    expect(await count('cluster', 'sofia-grad-na-znanieto')).toBe('(1)');
    expect(await count('cluster', 'zelena-sinergia')).toBe('(0)');
    await page.check('[data-facet="cluster"] input[value="sofia-grad-na-znanieto"]');
    await page.waitForURL(/cluster=sofia-grad-na-znanieto/);
    expect(await results()).toEqual([ANTWERP]);
    expect(await page.textContent('[data-search-status]')).toContain('1 новина');
  });

  it('browses everything with an empty query, newest or oldest first', async () => {
    await open('/search/?sort=newest');
    expect(await results()).toEqual([ANTWERP, CHORUS, CANADA, VALENCIA, BRUSSELS]);
    await page.selectOption('#search-sort', 'oldest');
    await page.waitForURL(/sort=oldest/);
    await page.waitForFunction(() => document.querySelector('[data-search-results] a')?.getAttribute('href')?.includes('predstaviteli'));
    expect(await results()).toEqual([BRUSSELS, VALENCIA, CANADA, CHORUS, ANTWERP]);
  });

  it('sorts by the date of the event, latest first', async () => {
    await open('/search/?sort=event');
    expect(await results()).toEqual([ANTWERP, CHORUS, CANADA, VALENCIA, BRUSSELS]);
  });

  it('restores a shared URL: query, filters and sort', async () => {
    await open('/search/?q=%D1%81%D1%80%D0%B5%D1%89%D0%B0&cluster=sofia-grad-na-znanieto&sort=oldest');
    expect(await results()).toEqual([CANADA, CHORUS, ANTWERP]);
    expect(await page.inputValue('#search-q')).toBe('среща');
    expect(await page.isChecked('[data-facet="cluster"] input[value="sofia-grad-na-znanieto"]')).toBe(true);
    expect(await page.inputValue('#search-sort')).toBe('oldest');
  });
}

/** What the page does around the index, the same whatever its layout. */
function behavesAsAPage() {
  it('keeps the URL in step with typing and brings the last state back with the back button', async () => {
    await open('/search/');
    await results();
    await typeQuery('солун');
    await page.waitForURL(/q=%D1%81%D0%BE%D0%BB%D1%83%D0%BD/);
    await page.check('[data-facet="year"] input[value="2022"]');
    await page.waitForURL(/year=2022/);
    await page.goBack();
    await page.waitForFunction(() => !location.search.includes('year'));
    expect(await page.isChecked('[data-facet="year"] input[value="2022"]')).toBe(false);
    expect(await page.inputValue('#search-q')).toBe('солун');
    expect(await results()).toEqual([CHORUS]);
    // The typed query was one step: back once more is the page before it, not „солу“.
    await page.goBack();
    await page.waitForFunction(() => !location.search.includes('q='));
    expect(await page.inputValue('#search-q')).toBe('');
  });

  it('works from the keyboard alone: shortcut, query, result', async () => {
    await open('/clusters/');
    await page.keyboard.press('/');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('header-search-input');
    await page.keyboard.type('toronto');
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/search\/\?q=toronto/);
    expect(await results()).toEqual([CANADA]);
    // The reader lands on the count of what was found, not at the top of the page.
    await expect.poll(() => page.evaluate(() => document.activeElement?.hasAttribute('data-search-status'))).toBe(true);
    // The header keeps its search box on the search page too, so it never changes shape.
    expect(await page.locator('#header-search-input').isVisible()).toBe(true);
    await page.keyboard.press('Control+K');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('search-q');
    // Tab past the search button, the facets and the sort to the first result.
    for (let i = 0; i < 60; i++) {
      await page.keyboard.press('Tab');
      const href = await page.evaluate(() => document.activeElement?.getAttribute('href'));
      if (href) break;
    }
    await page.keyboard.press('Enter');
    await page.waitForURL(new RegExp(CANADA));
  });

  it('announces the number of results in a live region', async () => {
    await open('/search/?q=konferentsia');
    await results();
    const region = await page.$('[data-search-status]');
    expect(await region?.getAttribute('aria-live')).toBe('polite');
    expect(await region?.textContent()).toMatch(/Намерени: \d+ новин/);
  });

  it('has a header search box: a plain form that reaches the search page without JavaScript', async () => {
    page = await browser.newPage({ javaScriptEnabled: false });
    problems = [];
    await page.goto(`${site.url}/news/`);
    await page.fill('#header-search-input', 'солун');
    await page.press('#header-search-input', 'Enter');
    await page.waitForURL(/\/search\/\?q=/);
    expect(await page.textContent('main')).toContain('Търсенето работи с JavaScript');
  });
}

/** The English edition's search: an index of its own, stemmed by Pagefind, with the same filters and sorting. */
function answersInEnglish() {
  const en = (path: string) => `/en${path}`;

  it('finds English pages by English words, forms of a word and the Bulgarian name of a place in Latin', async () => {
    // The Bulgarian name matches the page's hidden transliterations only, so nothing in its excerpt is marked.
    const queries: [kind: string, query: string, expected: string[], marked: boolean][] = [
      ['the English name of a city', 'Thessaloniki', [en(CHORUS)], true],
      ['its Bulgarian name in Latin letters', 'Solun', [en(CHORUS)], false],
      ['a word of the translated body', 'superclusters', [en(CANADA)], true],
      // The Antwerp post names the Interreg programme's 10th conference.
      ['another form of a word („conferences“ finds „conference“)', 'conferences', [en(VALENCIA), en(BRUSSELS), en(ANTWERP)], true],
      ['an English place name', 'Antwerp', [en(ANTWERP)], true],
    ];
    await open(en('/search/'));
    await results();
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
    for (const [kind, query, expected, marked] of queries) {
      await typeQuery(query);
      expect((await results()).sort(), kind).toEqual(expected.sort());
      if (marked) expect(await page.$$eval('[data-search-results] mark', (marks) => marks.length), kind).toBeGreaterThan(0);
    }
    expect(await page.textContent('[data-search-status]')).toBe('Found: 1 news item for “Antwerp”.');
    // The English index holds the English pages only; the Bulgarian one is unchanged (above).
    const manifest = await page.evaluate(async () => (await fetch('/en/pagefind/shards.json')).json());
    expect(manifest.shards.reduce((sum: number, shard: { pages: number }) => sum + shard.pages, 0)).toBe(5);
  });

  it('narrows by filters labelled in English, sorts, restores a shared URL and suggests what to try', async () => {
    await open(en('/search/?country=BE&sort=oldest'));
    expect(await results()).toEqual([en(BRUSSELS), en(ANTWERP)]);
    expect(await page.textContent('[data-facet="country"] summary')).toBe('Country');
    expect(await page.textContent('[data-facet="country"] input[value="BE"] ~ .count')).toBe('(2)');
    expect(await page.$$eval('[data-facet="country"] label', (labels) => labels.map((label) => label.textContent!.trim().replace(/\s*\(\d+\)$/, '')))).toEqual(
      ['Belgium', 'Canada', 'Greece', 'Spain'],
    );
    expect(await page.inputValue('#search-sort')).toBe('oldest');
    expect(await page.$eval('#search-sort option:checked', (option) => option.textContent)).toBe('Oldest');
    await typeQuery('toronto');
    expect(await results()).toEqual([]);
    expect(await page.textContent('[data-search-status]')).toBe('No news for “toronto” with the selected filters.');
    expect(await page.textContent('[data-search-note]')).toContain('Search “toronto” without the filters — 1 news item.');
    await page.click('[data-search-note] a');
    expect(await results()).toEqual([en(CANADA)]);
  });

  it('leads from a page to the same page in the other language and back', async () => {
    await open(CHORUS);
    await page.click('[data-language-switch]');
    await page.waitForURL(new RegExp(`${en(CHORUS)}$`));
    expect(await page.textContent('h1')).toBe('Meeting with the Greek Cluster CHORUS in Thessaloniki');
    expect(await page.textContent('[data-translation-note]')).toContain('Translated from Bulgarian.');
    await page.click('[data-language-switch]');
    await page.waitForURL(new RegExp(`${CHORUS}$`));
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('bg');
  });
}

describe('search in Chromium, one index', () => {
  useSite();
  answersTheSameInEveryLayout(1);
  behavesAsAPage();
  answersInEnglish();
});

describe('search in Chromium, an index in shards', () => {
  useSite({ SEARCH_SHARD_BYTES: '20000' });
  answersTheSameInEveryLayout(3);
});
