import { join } from 'node:path';
import { clusterSchema, type ClusterData } from '../../schemas/cluster.ts';
import { CLUSTER_FIELD_HINTS, NEWS_FIELD_HINTS, PARTNER_FIELD_HINTS } from '../../schemas/field-hints.ts';
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
  problems: ContentProblem[];
  /** Drafts still waiting for values (`ПОПЪЛНЕТЕ`): checked for every other mistake, published nowhere. */
  unfinishedDrafts: string[];
}

/** Folder of each collection inside the content root. */
export const COLLECTION_DIRS = { news: 'news', clusters: 'clusters', partners: 'partners' } as const;

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
  const [news, clusters, partners] = await Promise.all([
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
  ]);
  const problems = [...news.problems, ...clusters.problems, ...partners.problems];
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
  return { news: valid, clusters: clusters.entries, partners: partners.entries, problems, unfinishedDrafts: news.unfinishedDrafts };
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
