/**
 * Indexes the posts once through Pagefind's `addCustomRecord`, from the content rather
 * than the built pages, for `npm run bench:search -- <site> --content <folder>`: the
 * same words the post pages give Pagefind (the search keys; the body as `text` metadata),
 * filters, sort keys and metadata, with no HTML to parse. Records have no per-part
 * weights, so the title's keys cannot count more as they do on the pages (one reason the
 * site indexes its pages). It writes no index; only its time and memory count. Usage: node scripts/bench/index-records-once.ts <content folder>
 */
import { resolve } from 'node:path';
import * as pagefind from 'pagefind';
import { checkContent } from '../../src/lib/content/check-content.ts';
import { formatDate } from '../../src/lib/format-date.ts';
import { formatPlace } from '../../src/lib/news-card.ts';
import { joinIndexKeys, makeIndexKeys, SEARCH_KEYS_MARKER } from '../../src/lib/search/index-keys.ts';
import { getPostFacets } from '../../src/lib/search/post-facets.ts';
import { isPublished } from '../../src/lib/visibility.ts';

const contentRoot = resolve(process.argv[2] ?? 'content');
const started = performance.now();
const { news, clusters, partners } = await checkContent(contentRoot, resolve(contentRoot, '..'));
const clusterNames = new Map(clusters.map((cluster) => [cluster.id, cluster.data.shortName]));
const partnerNames = new Map(partners.map((partner) => [partner.id, partner.data.name]));
const { index, errors } = await pagefind.createIndex({ forceLanguage: 'bg' });
if (!index) throw new Error(errors.join('\n'));
const posts = news.filter(isPublished);
for (const post of posts) {
  const { data } = post;
  const clusterName = clusterNames.get(data.cluster.id) ?? data.cluster.id;
  const extra = [...data.partners.map((ref) => partnerNames.get(ref.id) ?? ref.id), ...data.people.flatMap((p) => [p.name, p.role ?? '', p.organisation ?? ''])];
  const keys = joinIndexKeys(makeIndexKeys([data.title]), makeIndexKeys([post.body]), makeIndexKeys([data.summary, data.event.name, data.event.city, clusterName, ...extra]));
  const added = await index.addCustomRecord({
    url: `/news/${post.id}/`,
    content: `${SEARCH_KEYS_MARKER} ${keys}`,
    language: 'bg',
    meta: { title: data.title, date: formatDate(data.date), cluster: clusterName, place: formatPlace(data.event), summary: data.summary, text: post.body },
    filters: getPostFacets(post),
    sort: { date: data.date, event: data.event.start },
  });
  if (added.errors.length) throw new Error(added.errors.join('\n'));
}
const { files, errors: fileErrors } = await index.getFiles();
if (fileErrors.length) throw new Error(fileErrors.join('\n'));
await pagefind.close();
console.log(`INDEXED ${posts.length} ${((performance.now() - started) / 1000).toFixed(2)} (${files.length} index files)`);
