/**
 * Starts a new post: content/news/<transliterated-title>.md with today's date and every
 * field of the schema, each with a short Bulgarian comment. The post starts as a draft,
 * so it is published nowhere until the editor fills it in and removes `draft: true`.
 * Usage: npm run new -- "Заглавие на новината" [--cluster id]
 */
import { existsSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { join, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { readClusters } from '../src/node/content/check-content.ts';
import { makeNewsSlug } from '../src/lib/news-slug.ts';
import { renderNewPost } from '../src/lib/new-post-template.ts';

const { values, positionals } = parseArgs({ options: { cluster: { type: 'string' } }, allowPositionals: true });
const title = positionals.join(' ').trim();
if (!title) {
  console.error('Употреба: npm run new -- "Заглавие на новината" [--cluster идентификатор]');
  process.exit(2);
}

const projectRoot = process.cwd();
const contentRoot = resolve(projectRoot, process.env.CONTENT_ROOT ?? 'content');
const clusters = (await readClusters(contentRoot, projectRoot)).entries;
// No cluster is guessed: without --cluster the field waits for the editor like the others.
const cluster = values.cluster;
if (cluster !== undefined && !clusters.some((entry) => entry.id === cluster)) {
  console.error(`Няма клъстер „${cluster}“. Възможни: ${clusters.map((entry) => entry.id).join(', ')}`);
  process.exit(2);
}

const base = makeNewsSlug(title);
let slug = base;
for (let n = 2; existsSync(join(contentRoot, 'news', `${slug}.md`)); n++) slug = `${base}-${n}`;

const today = new Date();
const date = `${today.getFullYear()}-${String(today.getMonth() + 1).padStart(2, '0')}-${String(today.getDate()).padStart(2, '0')}`;
const file = join(contentRoot, 'news', `${slug}.md`);
await writeFile(file, renderNewPost({ title, date, clusters: clusters.map((entry) => entry.id), ...(cluster ? { cluster } : {}) }));
console.log(`Създадена е ${relative(projectRoot, file)} (чернова). Попълнете полетата с „ПОПЪЛНЕТЕ“ и махнете draft: true, когато е готова.`);
