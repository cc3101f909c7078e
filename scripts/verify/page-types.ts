import { POST_PAGE_FILE } from '../../src/lib/paths.ts';

/** The kinds of page the browser and budget checks visit, one page each. */
export const PAGE_TYPE_NAMES = [
  'home', 'archive', 'year', 'post', 'clusters', 'cluster', 'partners', 'partner', 'topic', 'search', 'map', 'timeline', 'missing',
] as const;

export type PageType = (typeof PAGE_TYPE_NAMES)[number];

const FIXED: Partial<Record<PageType, string>> = {
  home: '',
  archive: 'news/',
  clusters: 'clusters/',
  partners: 'partners/',
  search: 'search/?q=solun',
  map: 'map/',
  timeline: 'timeline/',
  missing: '404.html',
};

const FIRST_OF: Partial<Record<PageType, RegExp>> = {
  year: /^news\/(\d{4})\/index\.html$/,
  post: POST_PAGE_FILE,
  cluster: /^clusters\/([^/]+)\/index\.html$/,
  partner: /^partners\/([^/]+)\/index\.html$/,
  topic: /^topics\/([^/]+)\/index\.html$/,
};

/**
 * The pages of the site's other languages the browser checks visit besides the default
 * language's page types: each language's post and search pages, whose text and markup
 * differ most (a translation, an untranslated post's facts, the English search).
 */
export function findOtherLanguagePages(files: readonly string[]): Record<string, string> {
  const found: Record<string, string> = {};
  for (const language of new Set(files.flatMap((path) => /^([a-z]{2})\/index\.html$/.exec(path)?.[1] ?? []))) {
    const post = files.find((path) => path.startsWith(`${language}/`) && POST_PAGE_FILE.test(path.slice(language.length + 1)));
    if (post) found[`post (${language})`] = post.replace(/index\.html$/, '');
    found[`search (${language})`] = `${language}/search/?q=thessaloniki`;
  }
  return found;
}

/** One page of each type in the built site (paths below the base), whatever its content. */
export function findPageTypes(files: readonly string[]): Record<PageType, string> {
  const found = {} as Record<PageType, string>;
  for (const type of PAGE_TYPE_NAMES) {
    const fixed = FIXED[type];
    if (fixed !== undefined) {
      found[type] = fixed;
      continue;
    }
    const file = files.find((path) => FIRST_OF[type]!.test(path));
    if (!file) throw new Error(`no ${type} page in the build`);
    found[type] = file.replace(/index\.html$/, '');
  }
  return found;
}
