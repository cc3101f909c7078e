import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { clusterSchema, type ClusterData } from '../../schemas/cluster.ts';
import { CLUSTER_FIELD_HINTS, NEWS_FIELD_HINTS, PARTNER_FIELD_HINTS } from '../../schemas/field-hints.ts';
import { createNewsSchema, type NewsData } from '../../schemas/news.ts';
import { partnerSchema, type PartnerData } from '../../schemas/partner.ts';
import { isReservedNewsSlug } from '../news-slug.ts';
import type { FrontMatterCache } from './front-matter-cache.ts';
import type { ContentProblem } from './problem.ts';
import { readCollection, type SourceEntry } from './read-collection.ts';

/** Everything under `content/`, read and validated, with every problem found. */
export interface ContentCheck {
  news: SourceEntry<NewsData>[];
  clusters: SourceEntry<ClusterData>[];
  partners: SourceEntry<PartnerData>[];
  problems: ContentProblem[];
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
 * in every build and by the content check script; `frontMatter` spares parsing the
 * posts that have not changed since it was saved.
 */
export async function checkContent(contentRoot: string, projectRoot: string, options: { frontMatter?: FrontMatterCache } = {}): Promise<ContentCheck> {
  const [news, clusters, partners] = await Promise.all([
    readCollection({
      dir: join(contentRoot, COLLECTION_DIRS.news),
      root: projectRoot,
      format: 'markdown',
      schema: createNewsSchema(),
      hints: NEWS_FIELD_HINTS,
      isReservedId: isReservedNewsSlug,
      ...(options.frontMatter ? { frontMatter: options.frontMatter } : {}),
    }),
    readClusters(contentRoot, projectRoot),
    readPartners(contentRoot, projectRoot),
  ]);
  const problems = [...news.problems, ...clusters.problems, ...partners.problems];
  const clusterIds = new Set(clusters.entries.map((entry) => entry.id));
  const partnerIds = new Set(partners.entries.map((entry) => entry.id));
  const valid = news.entries.filter((entry) => {
    const found = [...findBrokenReferences(entry, clusterIds, partnerIds), ...findMissingImages(entry, projectRoot)];
    problems.push(...found);
    return found.length === 0;
  });
  return { news: valid, clusters: clusters.entries, partners: partners.entries, problems };
}

function findBrokenReferences(
  entry: SourceEntry<NewsData>,
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
      message: `няма клъстер „${entry.data.cluster.id}“ в content/clusters/`,
      hint: `cluster: едно от ${[...clusterIds].join(', ')}`,
    });
  }
  entry.data.partners.forEach((partner, index) => {
    if (partnerIds.has(partner.id)) return;
    problems.push({
      file: entry.file,
      ...lineOf(['partners', index]),
      field: `partners.${index}`,
      message: `няма партньор „${partner.id}“ в content/partners/`,
      hint: `добавете файл content/partners/${partner.id}.yaml или използвайте съществуващ: ${[...partnerIds].join(', ')}`,
    });
  });
  return problems;
}

function findMissingImages(entry: SourceEntry<NewsData>, projectRoot: string): ContentProblem[] {
  return entry.data.images.flatMap((image, index) => {
    if (existsSync(resolve(projectRoot, dirname(entry.file), image.src))) return [];
    const line = entry.lineOf(['images', index, 'src']);
    return [
      {
        file: entry.file,
        ...(line === undefined ? {} : { line }),
        field: `images.${index}.src`,
        message: `няма файл „${image.src}“ до новината`,
        hint: 'сложете снимката в папката на новината и напишете src: ./ime-na-snimkata.jpg',
      },
    ];
  });
}
