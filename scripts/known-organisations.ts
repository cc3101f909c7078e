import { readClusters, readPartners } from '../src/node/content/check-content.ts';
import type { KnownOrganisation } from '../src/lib/import/import-legacy-page.ts';

/** The clusters and partners already in `content/`, as the importer matches them. */
export async function readKnownOrganisations(contentRoot: string, projectRoot: string) {
  const [clusters, partners] = await Promise.all([
    readClusters(contentRoot, projectRoot),
    readPartners(contentRoot, projectRoot),
  ]);
  const toKnown = (entry: { id: string; data: { name: string; aliases: string[]; shortName?: string } }): KnownOrganisation => ({
    id: entry.id,
    name: entry.data.name,
    aliases: entry.data.aliases,
    ...(entry.data.shortName ? { shortName: entry.data.shortName } : {}),
  });
  return { clusters: clusters.entries.map(toKnown), partners: partners.entries.map(toKnown) };
}
