import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'node-html-parser';
import { countIndexedPages } from '../../src/node/search/index-post-shards.ts';
import { checkContent } from '../../src/node/content/check-content.ts';
import { selectFeedPosts } from '../../src/lib/feeds/feed-items.ts';
import { isPostPageFile, postFiles } from '../../src/lib/paths.ts';
import { sortNewestFirst } from '../../src/lib/sort-news.ts';
import { isPublished } from '../../src/lib/visibility.ts';
import { ADMIN_DIR } from '../../src/security/csp.ts';
import { result, type CheckResult } from './check-result.ts';
import { listSiteFiles, readSiteFile } from './site-files.ts';

/**
 * Every visible post has exactly one page, a card and a calendar, and appears in the
 * archive, the sitemap and the search index, and the newest in the three feeds; no page
 * is orphaned (linked from nowhere).
 */
export async function checkIntegrity(options: { outDir: string; contentRoot: string; projectRoot: string; site: string; base: string }): Promise<CheckResult> {
  const { outDir, base } = options;
  const problems: string[] = [];
  const { news } = await checkContent(options.contentRoot, options.projectRoot);
  const visible = sortNewestFirst(news.filter(isPublished));
  const inFeeds = new Set(selectFeedPosts(visible));
  const files = await listSiteFiles(outDir);
  const htmlFiles = files.filter((file) => file.endsWith('.html'));
  const postUrl = (slug: string) => `${base}news/${slug}/`;
  const absolute = (slug: string) => new URL(postUrl(slug), options.site).href;

  const archiveLinks = new Set<string>();
  const linked = new Set<string>();
  for (const file of htmlFiles) {
    const html = parse(await readSiteFile(outDir, file));
    for (const a of html.querySelectorAll('a[href]')) {
      const href = new URL(a.getAttribute('href')!, new URL(`${base}${file}`, options.site)).pathname;
      linked.add(href);
      if (file === 'news/index.html' || file.startsWith('news/page/')) archiveLinks.add(href);
    }
  }
  // Every post URL a text names, collected once, instead of searching every feed once per post.
  const postPrefix = new URL(`${base}news/`, options.site).href;
  const postUrlsIn = (text: string) => {
    const urls = new Set<string>();
    for (let at = text.indexOf(postPrefix); at !== -1; at = text.indexOf(postPrefix, at + 1)) {
      const end = text.indexOf('/', at + postPrefix.length);
      if (end !== -1) urls.add(text.slice(at, end + 1));
    }
    return urls;
  };
  const feeds = await Promise.all(['rss.xml', 'atom.xml', 'feed.json'].map(async (feed) => [feed, postUrlsIn(await readSiteFile(outDir, feed))] as const));
  const sitemaps = postUrlsIn((await Promise.all(files.filter((f) => /^sitemap-\d+\.xml$/.test(f)).map((f) => readSiteFile(outDir, f)))).join('\n'));

  for (const post of visible) {
    if (!existsSync(join(outDir, 'news', post.id, 'index.html'))) problems.push(`${post.file}: няма страница news/${post.id}/`);
    if (!archiveLinks.has(postUrl(post.id))) problems.push(`${post.file}: липсва в архива`);
    for (const file of [postFiles.card(post.id), postFiles.calendar(post.id)]) if (!existsSync(join(outDir, file))) problems.push(`${post.file}: няма ${file}`);
    if (inFeeds.has(post)) for (const [feed, urls] of feeds) if (!urls.has(absolute(post.id))) problems.push(`${post.file}: липсва в ${feed}`);
    if (!sitemaps.has(absolute(post.id))) problems.push(`${post.file}: липсва в картата на сайта (sitemap)`);
  }
  const postPages = htmlFiles.filter(isPostPageFile);
  const visiblePages = new Set(visible.map((post) => `news/${post.id}/index.html`));
  for (const page of postPages) {
    if (!visiblePages.has(page)) problems.push(`${page}: страница без видима новина`);
  }
  const indexed = await countIndexedPages(outDir);
  if (indexed !== visible.length) problems.push(`търсенето съдържа ${indexed} страници, а видимите новини са ${visible.length}`);
  for (const file of htmlFiles) {
    // The web editor is reached by its address, not from the site's pages.
    if (file === 'index.html' || file === '404.html' || file.startsWith(`${ADMIN_DIR}/`)) continue;
    const path = `${base}${file.replace(/index\.html$/, '')}`;
    if (!linked.has(path)) problems.push(`${file}: никоя страница не води към нея`);
  }
  return result('integrity', problems, `${visible.length} posts: one page, card and calendar each, in archive, sitemap and search index (${indexed}), newest ${inFeeds.size} in 3 feeds; ${htmlFiles.length} pages, none orphaned`);
}
