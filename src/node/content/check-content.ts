import { readdir } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { clusterSchema, type ClusterData } from '../../schemas/cluster.ts';
import { CLUSTER_FIELD_HINTS, NEWS_FIELD_HINTS, PARTNER_FIELD_HINTS, TRANSLATION_FIELD_HINTS } from '../../schemas/field-hints.ts';
import { translationSchema, type TranslationData } from '../../schemas/translation.ts';
import type { SiteData } from '../../schemas/site.ts';
import { readSite, SITE_FILE } from './read-site.ts';
import { createNewsSchema, type NewsData } from '../../schemas/news.ts';
import { partnerSchema, type PartnerData } from '../../schemas/partner.ts';
import { mapConcurrently } from '../../lib/map-concurrently.ts';
import { isReservedNewsSlug } from '../../lib/news-slug.ts';
import { checkPhoto, findBodyPhotos, type PhotoReference } from './check-images.ts';
import { listSomeIds, suggestIds, type NamedEntry } from '../../lib/content/suggest-ids.ts';
import type { ContentProblem } from '../../lib/content/problem.ts';
import { readCollection, type SourceEntry } from './read-collection.ts';

/** Everything under `content/`, read and validated, with every problem found. */
export interface ContentCheck {
  news: SourceEntry<NewsData>[];
  clusters: SourceEntry<ClusterData>[];
  partners: SourceEntry<PartnerData>[];
  /** Posts in the site's other languages, with ids `<language>/<slug>`. */
  translations: SourceEntry<TranslationData>[];
  /** The site's identity, when its file is valid. */
  site: SiteData | undefined;
  problems: ContentProblem[];
  /** Drafts still waiting for values (`ПОПЪЛНЕТЕ`): checked for every other mistake, published nowhere. */
  unfinishedDrafts: string[];
}

/** Folder of each collection inside the content root. */
export const COLLECTION_DIRS = { news: 'news', clusters: 'clusters', partners: 'partners', translations: 'translations' } as const;

/** Reads the clusters collection on its own, as its loader needs. */
export function readClusters(contentRoot: string, projectRoot: string) {
  return readCollection({
    dir: join(contentRoot, COLLECTION_DIRS.clusters),
    root: projectRoot,
    format: 'yaml',
    schema: clusterSchema,
    hints: CLUSTER_FIELD_HINTS,
  });
}

/** Reads the partners collection on its own, as its loader needs. */
export function readPartners(contentRoot: string, projectRoot: string) {
  return readCollection({
    dir: join(contentRoot, COLLECTION_DIRS.partners),
    root: projectRoot,
    format: 'yaml',
    schema: partnerSchema,
    hints: PARTNER_FIELD_HINTS,
  });
}

/**
 * Validates all content with the site's own schemas, then what no single file can
 * tell: that every cluster and partner a post names exists. Used by the news loader
 * in every build and by the content check script.
 */
export async function checkContent(contentRoot: string, projectRoot: string): Promise<ContentCheck> {
  const [news, clusters, partners, translations, site] = await Promise.all([
    readCollection({
      dir: join(contentRoot, COLLECTION_DIRS.news),
      root: projectRoot,
      format: 'markdown',
      schema: createNewsSchema(),
      hints: NEWS_FIELD_HINTS,
      isReservedId: isReservedNewsSlug,
    }),
    readClusters(contentRoot, projectRoot),
    readPartners(contentRoot, projectRoot),
    readTranslations(contentRoot, projectRoot),
    readSite(contentRoot, projectRoot),
  ]);
  const problems = [...site.problems, ...news.problems, ...clusters.problems, ...partners.problems, ...translations.problems];
  const siteData = 'data' in site ? site.data : undefined;
  const known = {
    clusters: clusters.entries.map((entry) => ({ id: entry.id, names: [entry.data.name, entry.data.shortName, ...entry.data.aliases] })),
    partners: partners.entries.map((entry) => ({ id: entry.id, names: [entry.data.name, ...entry.data.aliases] })),
  };
  const clusterIds = new Set(known.clusters.map((entry) => entry.id));
  const partnerIds = new Set(known.partners.map((entry) => entry.id));
  const found = await mapConcurrently(news.entries, PHOTO_CONCURRENCY, async (entry) => [
    ...findBrokenReferences(entry, known, clusterIds, partnerIds),
    ...(await findPhotoProblems(entry, projectRoot)),
  ]);
  const valid = news.entries.filter((_, index) => found[index]!.length === 0);
  problems.push(...found.flat());
  const originals = new Map(news.entries.map((entry) => [entry.id, entry]));
  const translationProblems = translations.entries.map((entry) => findTranslationProblems(entry, news.ids, originals, siteData));
  problems.push(...translationProblems.flat());
  return {
    news: valid,
    clusters: clusters.entries,
    partners: partners.entries,
    translations: translations.entries.filter((_, index) => translationProblems[index]!.length === 0),
    site: siteData,
    problems,
    unfinishedDrafts: news.unfinishedDrafts,
  };
}

/**
 * Reads `content/translations/<language>/*.md`: one folder per language, each post's
 * translation named as the post. Ids are `<language>/<slug>`.
 */
export async function readTranslations(contentRoot: string, projectRoot: string): Promise<{ entries: SourceEntry<TranslationData>[]; problems: ContentProblem[] }> {
  const dir = join(contentRoot, COLLECTION_DIRS.translations);
  const found = await readdir(dir, { withFileTypes: true }).catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT') return [];
    throw error;
  });
  const entries: SourceEntry<TranslationData>[] = [];
  const problems: ContentProblem[] = [];
  for (const item of found.sort((a, b) => (a.name < b.name ? -1 : 1))) {
    if (item.name.startsWith('.')) continue;
    const file = relative(projectRoot, join(dir, item.name)).split(sep).join('/');
    if (!item.isDirectory()) {
      problems.push({ file, message: 'преводите са в папка на езика си, напр. content/translations/en/', hint: `преместете файла в content/translations/en/` });
      continue;
    }
    const result = await readCollection({
      dir: join(dir, item.name),
      root: projectRoot,
      format: 'markdown',
      schema: translationSchema,
      hints: TRANSLATION_FIELD_HINTS,
    });
    problems.push(...result.problems);
    entries.push(...result.entries.map((entry) => ({ ...entry, id: `${item.name}/${entry.id}` })));
  }
  return { entries, problems };
}

/** What ties a translation to its original: the post exists, the language is the site's, the lists match the original's. */
function findTranslationProblems(
  entry: SourceEntry<TranslationData>,
  postIds: ReadonlySet<string>,
  originals: Map<string, SourceEntry<NewsData>>,
  site: SiteData | undefined,
): ContentProblem[] {
  const [language, slug] = entry.id.split('/') as [string, string];
  const problems: ContentProblem[] = [];
  const lineOf = (path: (string | number)[]) => {
    const line = entry.lineOf(path);
    return line === undefined ? {} : { line };
  };
  if (site && (!site.languages.includes(language as never) || language === site.defaultLanguage)) {
    const others = site.languages.filter((code) => code !== site.defaultLanguage);
    problems.push({
      file: entry.file,
      message: `„${language}“ не е от другите езици на сайта (languages в content/${SITE_FILE}: ${site.languages.join(', ')})`,
      hint: others.length ? `преместете файла в content/translations/${others[0]}/ или добавете езика в content/${SITE_FILE}` : `добавете езика в languages в content/${SITE_FILE}`,
    });
  }
  const original = originals.get(slug);
  // A post with problems of its own is named by them; its translation waits for it.
  if (!original && postIds.has(slug)) return problems;
  if (!original) {
    const near = suggestIds(slug, [...originals.values()].map((post) => ({ id: post.id, names: [post.data.title] })));
    problems.push({
      file: entry.file,
      message: `няма новина „${slug}“ в content/news/: преводът се свързва с оригинала по името на файла`,
      hint: near.length ? `преименувайте файла на ${near[0]}.md` : 'дайте на файла името на новината, която превежда',
    });
    return problems;
  }
  for (const [field, count] of [['people', original.data.people.length], ['images', original.data.images.length]] as const) {
    const items = entry.data[field];
    if (items === undefined || items.length === count) continue;
    problems.push({
      file: entry.file,
      ...lineOf([field]),
      field,
      message: `оригиналът има ${count} в „${field}“, а преводът — ${items.length}; преводът следва оригинала ред по ред`,
      hint: `по един ред за всеки от ${count}-те в ${original.file}, в същия ред`,
    });
  }
  return problems;
}

/** Photos looked at at once; most posts have none. */
const PHOTO_CONCURRENCY = 8;

function findBrokenReferences(
  entry: SourceEntry<NewsData>,
  known: Record<'clusters' | 'partners', NamedEntry[]>,
  clusterIds: Set<string>,
  partnerIds: Set<string>,
): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const lineOf = (path: (string | number)[]) => {
    const line = entry.lineOf(path);
    return line === undefined ? {} : { line };
  };
  if (!clusterIds.has(entry.data.cluster.id)) {
    problems.push({
      file: entry.file,
      ...lineOf(['cluster']),
      field: 'cluster',
      ...describeUnknownId(entry.data.cluster.id, known.clusters, `няма клъстер „${entry.data.cluster.id}“ в content/clusters/`, 'clusters', 'cluster: '),
    });
  }
  entry.data.partners.forEach((partner, index) => {
    if (partnerIds.has(partner.id)) return;
    problems.push({
      file: entry.file,
      ...lineOf(['partners', index]),
      field: `partners.${index}`,
      ...describeUnknownId(partner.id, known.partners, `няма партньор „${partner.id}“ в content/partners/`, 'partners', '- '),
    });
  });
  return problems;
}

/** The message and fix for an id that names no file: the nearest ids, or some of them all. */
function describeUnknownId(id: string, entries: NamedEntry[], missing: string, folder: string, prefix: string): Pick<ContentProblem, 'message' | 'hint'> {
  const near = suggestIds(id, entries);
  if (near.length) {
    return {
      message: `${missing}; може би ${near.join(' или ')}?`,
      hint: `${prefix}${near[0]}`,
    };
  }
  return {
    message: missing,
    hint: `${prefix}едно от ${listSomeIds(entries.map((entry) => entry.id))} (всички са в content/${folder}/; нов се добавя с файл там, вижте docs/editing.md)`,
  };
}

async function findPhotoProblems(entry: SourceEntry<NewsData>, projectRoot: string): Promise<ContentProblem[]> {
  const bodyLine = entry.text.slice(0, entry.text.length - entry.body.length).split('\n').length;
  const photos: PhotoReference[] = [
    ...entry.data.images.map((image, index) => {
      const line = entry.lineOf(['images', index, 'src']);
      return { src: image.src, field: `images.${index}.src`, ...(line === undefined ? {} : { line }) };
    }),
    ...findBodyPhotos(entry.body, bodyLine),
  ];
  const problems = await Promise.all(photos.map((photo) => checkPhoto(entry.file, projectRoot, photo)));
  return problems.filter((problem) => problem !== undefined);
}
