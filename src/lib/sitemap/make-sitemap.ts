/**
 * The sitemap protocol's files (https://www.sitemaps.org/protocol.html), with `hreflang`
 * alternates (Google's `xhtml:link`): one or more URL sets of at most 50,000 URLs and an
 * index listing them. Written here rather than with `@astrojs/sitemap`: a large archive has
 * tens of thousands of pages in each language, and the integration, which passes every URL
 * through the `sitemap` package's object streams, made the end of the build its moment of
 * peak memory (docs/performance.md); a URL here is one string.
 */

/** The most URLs the protocol allows in one file. */
export const URLS_PER_SITEMAP = 50_000;

/** A page of the sitemap: its address and its counterparts in every language, itself included. */
export interface SitemapPage {
  url: string;
  alternates: readonly { language: string; url: string }[];
}

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' };

/** `text` as XML character data or an attribute value. */
const escapeXml = (text: string) => text.replace(/[&<>"']/g, (character) => ENTITIES[character]!);

const XML_DECLARATION = '<?xml version="1.0" encoding="UTF-8"?>';

/** One URL set: the pages in the order given. */
export function makeUrlSet(pages: readonly SitemapPage[]): string {
  const entries = pages.map(
    ({ url, alternates }) =>
      `<url><loc>${escapeXml(url)}</loc>${alternates.map((alternate) => `<xhtml:link rel="alternate" hreflang="${escapeXml(alternate.language)}" href="${escapeXml(alternate.url)}"/>`).join('')}</url>`,
  );
  return `${XML_DECLARATION}<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">${entries.join('')}</urlset>`;
}

/** The index of the URL sets at `urls`. */
export function makeSitemapIndex(urls: readonly string[]): string {
  return `${XML_DECLARATION}<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">${urls.map((url) => `<sitemap><loc>${escapeXml(url)}</loc></sitemap>`).join('')}</sitemapindex>`;
}

/** The pages cut into URL sets of at most `limit` each, in order. */
export function splitIntoSitemaps<T>(pages: readonly T[], limit = URLS_PER_SITEMAP): T[][] {
  const sets: T[][] = [];
  for (let start = 0; start < pages.length; start += limit) sets.push(pages.slice(start, start + limit));
  return sets;
}
