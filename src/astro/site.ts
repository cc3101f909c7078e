import { resolve } from 'node:path';
import { createPaths, type SitePaths } from '../lib/paths.ts';
import { ContentError } from '../lib/content/problem.ts';
import { getLocale, type Locale } from '../i18n/locale.ts';
import type { Language } from '../i18n/languages.ts';
import { readSite } from '../node/content/read-site.ts';
import type { SiteData } from '../schemas/site.ts';
import { BASE_PATH, SITE_URL } from '../site-config.ts';

const projectRoot = process.cwd();
const read = await readSite(resolve(projectRoot, process.env.CONTENT_ROOT ?? 'content'), projectRoot);
if (!('data' in read)) throw new ContentError(read.problems);

/** Who publishes the site and in which languages (`content/site.yaml`). */
export const site: SiteData = read.data;

/** The language of the root pages. */
export const DEFAULT_LANGUAGE: Language = site.defaultLanguage;

/** Every language of the site, the default one first. */
export const LANGUAGES: Language[] = [DEFAULT_LANGUAGE, ...site.languages.filter((language) => language !== DEFAULT_LANGUAGE)];

/** The languages whose pages live under `/<code>/`. */
export const OTHER_LANGUAGES: Language[] = LANGUAGES.slice(1);

const pathsByLanguage = new Map(LANGUAGES.map((language) => [language, createPaths(BASE_PATH, language === DEFAULT_LANGUAGE ? undefined : language)]));

/** The URLs of one language's edition. */
export const pathsFor = (language: Language): SitePaths => pathsByLanguage.get(language)!;

/** The URLs of the default language's edition, and of the files every language shares. */
export const paths = pathsFor(DEFAULT_LANGUAGE);

/** The language of a page, from its path: `/en/news/` is English, every other path the default language. */
export function languageOfPath(pathname: string): Language {
  const first = pathname.startsWith(BASE_PATH) ? pathname.slice(BASE_PATH.length).split('/', 1)[0] : undefined;
  return OTHER_LANGUAGES.find((language) => language === first) ?? DEFAULT_LANGUAGE;
}

/** The language content is written in, where a page in `language` shows it untranslated (topics, sources); undefined on the default language's pages. */
export const untranslatedLanguage = (language: Language): Language | undefined => (language === DEFAULT_LANGUAGE ? undefined : DEFAULT_LANGUAGE);

/** The same page in another language: the path with its language part swapped. */
export function translatePath(pathname: string, to: Language): string {
  const from = languageOfPath(pathname);
  const rest = pathname.slice(pathsFor(from).home().length);
  return `${pathsFor(to).home()}${rest}`;
}

/** The site's identity in one language. */
export interface SiteIdentity {
  name: string;
  tagline: string;
  description: string;
  publisher: { name: string; url?: string | undefined };
}

/** The site's name, tagline, description and publisher in a language of the site. */
export function identityIn(language: Language): SiteIdentity {
  // The schema has checked that every text exists in every language of the site.
  return {
    name: site.name[language]!,
    tagline: site.tagline[language]!,
    description: site.description[language]!,
    publisher: { name: site.publisher.name[language]!, url: site.publisher.url },
  };
}

/** Everything a page in one language needs: words, formats, URLs and the site's identity. */
export interface PageContext extends Locale {
  paths: SitePaths;
  site: SiteIdentity;
}

const contexts = new Map<Language, PageContext>();

/** The page context of a language, made once. */
export function contextFor(language: Language): PageContext {
  let context = contexts.get(language);
  if (!context) {
    context = { ...getLocale(language), paths: pathsFor(language), site: identityIn(language) };
    contexts.set(language, context);
  }
  return context;
}

/** The page context of the page at `url` (`Astro.url`). */
export const localize = (url: URL): PageContext => contextFor(languageOfPath(url.pathname));

/** An absolute URL on the published site for a path that already includes the base. */
export function absolute(path: string): string {
  return new URL(path, SITE_URL).href;
}
