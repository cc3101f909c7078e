import { XMLParser } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { makeSitemapIndex, makeUrlSet, splitIntoSitemaps, URLS_PER_SITEMAP } from '../../../src/lib/sitemap/make-sitemap.ts';

const xml = new XMLParser({ ignoreAttributes: false });

describe('the sitemap files', () => {
  it('list each page with its counterparts in every language, as a search engine reads them', () => {
    const text = makeUrlSet([
      { url: 'https://example.org/news/a/', alternates: [{ language: 'bg', url: 'https://example.org/news/a/' }, { language: 'en', url: 'https://example.org/en/news/a/' }] },
      { url: 'https://example.org/search/?q=a&b', alternates: [] },
    ]);
    const { urlset } = xml.parse(text);
    expect(urlset['@_xmlns']).toBe('http://www.sitemaps.org/schemas/sitemap/0.9');
    expect(urlset.url[0].loc).toBe('https://example.org/news/a/');
    expect(urlset.url[0]['xhtml:link'].map((link: Record<string, string>) => [link['@_hreflang'], link['@_href']])).toEqual([
      ['bg', 'https://example.org/news/a/'],
      ['en', 'https://example.org/en/news/a/'],
    ]);
    // An ampersand is escaped, so the file stays well-formed XML.
    expect(text).toContain('<loc>https://example.org/search/?q=a&amp;b</loc>');
    expect(urlset.url[1].loc).toBe('https://example.org/search/?q=a&b');
  });

  it('keep to the protocol’s 50,000 URLs a file, in order, and index every file', () => {
    expect(URLS_PER_SITEMAP).toBe(50_000);
    expect(splitIntoSitemaps([1, 2, 3, 4, 5], 2)).toEqual([[1, 2], [3, 4], [5]]);
    expect(splitIntoSitemaps(Array.from({ length: 50_001 }, (_, index) => index)).map((set) => set.length)).toEqual([50_000, 1]);
    const { sitemapindex } = xml.parse(makeSitemapIndex(['https://example.org/sitemap-0.xml', 'https://example.org/sitemap-1.xml']));
    expect(sitemapindex.sitemap.map((entry: { loc: string }) => entry.loc)).toEqual(['https://example.org/sitemap-0.xml', 'https://example.org/sitemap-1.xml']);
  });
});
