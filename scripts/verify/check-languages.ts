import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'node-html-parser';
import { checkContent } from '../../src/node/content/check-content.ts';
import { countIndexedPages } from '../../src/node/search/index-post-shards.ts';
import { isPublished } from '../../src/lib/visibility.ts';
import { ADMIN_DIR } from '../../src/security/csp.ts';
import { result, type CheckResult } from './check-result.ts';
import { listSiteFiles, readSiteFile } from './site-files.ts';

/**
 * The site's languages hold together: every page says its language, names its counterpart
 * in every language with `hreflang` (and `x-default`), and each counterpart names it back;
 * every visible post has a page in every language, and each translation its place in its language's search; a translation's
 * page and its original's lead to each other; the sitemap pairs the languages too.
 */
export async function checkLanguages(options: { outDir: string; contentRoot: string; projectRoot: string; site: string; base: string }): Promise<CheckResult> {
  const { outDir, base } = options;
  const problems: string[] = [];
  const { news, translations, site } = await checkContent(options.contentRoot, options.projectRoot);
  if (!site) return result('languages', ['content/site.yaml: не може да се прочете'], '');
  const others = site.languages.filter((language) => language !== site.defaultLanguage);
  const prefixOf = (language: string) => (language === site.defaultLanguage ? '' : `${language}/`);
  const languageOfFile = (file: string) => others.find((language) => file.startsWith(`${language}/`)) ?? site.defaultLanguage;
  const fileOfUrl = (url: string) => {
    const path = new URL(url).pathname;
    return path.startsWith(base) ? `${path.slice(base.length)}index.html` : undefined;
  };
  const urlOfFile = (file: string) => new URL(`${base}${file.replace(/index\.html$/, '')}`, options.site).href;

  const files = (await listSiteFiles(outDir)).filter((file) => file.endsWith('.html'));
  const pages = new Map<string, { lang: string | undefined; alternates: Map<string, string> }>();
  for (const file of files) {
    const html = parse(await readSiteFile(outDir, file));
    const alternates = new Map(html.querySelectorAll('link[rel=alternate][hreflang]').map((link) => [link.getAttribute('hreflang')!, link.getAttribute('href')!]));
    pages.set(file, { lang: html.querySelector('html')?.getAttribute('lang'), alternates });
  }
  let pairs = 0;
  for (const [file, page] of pages) {
    const language = languageOfFile(file);
    if (page.lang !== language) problems.push(`${file}: <html lang="${page.lang}">, а страницата е на „${language}“`);
    // The 404 pages and the editor are no one's alternates.
    if (/(^|\/)404\.html$/.test(file) || /^\w+\/404\/index\.html$/.test(file) || file.startsWith(`${ADMIN_DIR}/`)) continue;
    if (site.languages.length < 2) {
      if (page.alternates.size) problems.push(`${file}: hreflang на сайт с един език`);
      continue;
    }
    for (const other of [...site.languages, 'x-default']) {
      const href = page.alternates.get(other);
      if (!href) {
        problems.push(`${file}: липсва hreflang="${other}"`);
        continue;
      }
      const target = fileOfUrl(href);
      const back = target && pages.get(target);
      if (!back) {
        problems.push(`${file}: hreflang="${other}" води към ${href}, а такава страница няма`);
        continue;
      }
      pairs++;
      if (back.alternates.get(language) !== urlOfFile(file)) problems.push(`${file}: ${target} не води обратно към нея с hreflang="${language}"`);
    }
  }

  const visible = news.filter(isPublished);
  const shown = new Set(visible.map((post) => post.id));
  for (const language of others) {
    for (const post of visible) {
      if (!existsSync(join(outDir, `${prefixOf(language)}news/${post.id}/index.html`))) problems.push(`${post.file}: няма страница ${prefixOf(language)}news/${post.id}/`);
    }
    // A language's search holds the posts translated into it: the text it can search.
    const translated = translations.filter((translation) => translation.id.startsWith(`${language}/`) && shown.has(translation.id.slice(language.length + 1))).length;
    const indexed = await countIndexedPages(outDir, prefixOf(language)).catch(() => -1);
    if (indexed !== translated) problems.push(`търсенето на „${language}“ съдържа ${indexed} страници, а преведените видими новини са ${translated}`);
  }
  let linked = 0;
  for (const translation of translations) {
    const [language, slug] = translation.id.split('/') as [string, string];
    if (!shown.has(slug)) continue;
    const originalPath = `${base}news/${slug}/`;
    const translatedPath = `${base}${language}/news/${slug}/`;
    // A missing page is named above (and by the integrity check); its links cannot be checked.
    const own = pages.has(`${language}/news/${slug}/index.html`) && parse(await readSiteFile(outDir, `${language}/news/${slug}/index.html`));
    const original = pages.has(`news/${slug}/index.html`) && parse(await readSiteFile(outDir, `news/${slug}/index.html`));
    if (!own || !original) continue;
    // The page keeps words together with non-breaking spaces and hyphens.
    const heading = own.querySelector('h1')?.text.replaceAll('\u2011', '-').replaceAll('\u00A0', ' ').trim();
    if (heading !== translation.data.title.trim()) problems.push(`${translation.file}: страницата ${translatedPath} не показва превода`);
    if (!own.querySelector(`[data-translation-note] a[href="${originalPath}"]`)) problems.push(`${translation.file}: ${translatedPath} не води към оригинала`);
    if (!original.querySelector(`a[data-language-switch][href="${translatedPath}"]`)) problems.push(`${translation.file}: оригиналът ${originalPath} не води към превода`);
    linked++;
  }
  if (others.length) {
    const sitemaps = (await listSiteFiles(outDir)).filter((file) => /^sitemap-\d+\.xml$/.test(file));
    const text = (await Promise.all(sitemaps.map((file) => readSiteFile(outDir, file)))).join('\n');
    const urls = text.match(/<url>/g)?.length ?? 0;
    const alternates = text.match(/<xhtml:link /g)?.length ?? 0;
    if (urls === 0 || alternates !== urls * site.languages.length) problems.push(`картата на сайта има ${alternates} hreflang връзки за ${urls} адреса и ${site.languages.length} езика`);
  }
  return result(
    'languages',
    problems,
    `${site.languages.join(', ')}: ${pages.size} pages with their language, ${pairs} hreflang pairs both ways, ${visible.length} posts in every language, ${linked} translations linked to their originals and searchable in their language`,
  );
}
