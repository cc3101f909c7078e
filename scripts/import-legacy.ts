/**
 * Turns scraped pages of the clusters' old sites into posts in content/news/.
 * Usage: npm run import -- [--stdout] [--force] FILE...
 */
import { existsSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import { join, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import matter from 'gray-matter';
import { importLegacyPage } from '../src/lib/import/import-legacy-page.ts';
import { readKnownOrganisations } from './known-organisations.ts';

const { values, positionals } = parseArgs({
  options: { stdout: { type: 'boolean' }, force: { type: 'boolean' } },
  allowPositionals: true,
});

if (positionals.length === 0) {
  console.error('Употреба: npm run import -- [--stdout] [--force] ФАЙЛ...');
  process.exit(2);
}

const projectRoot = process.cwd();
const contentRoot = resolve(projectRoot, process.env.CONTENT_ROOT ?? 'content');
const known = await readKnownOrganisations(contentRoot, projectRoot);
let failed = false;

for (const file of positionals) {
  const post = importLegacyPage(await readFile(file, 'utf8'), known);
  const text = matter.stringify(post.body, post.frontMatter);
  if (values.stdout) {
    process.stdout.write(text);
    continue;
  }
  const target = join(contentRoot, 'news', `${post.slug}.md`);
  const shown = relative(projectRoot, target);
  if (existsSync(target) && !values.force) {
    console.error(`${file}: ${shown} вече съществува; нищо не е записано. Добавете --force, за да го замените.`);
    failed = true;
    continue;
  }
  await writeFile(target, text);
  console.log(`\n${file} → ${shown}`);
  for (const line of post.found) console.log(`  ✓ ${line}`);
  for (const line of post.removed) console.log(`  − махнато: ${line}`);
  for (const line of post.todo) console.log(`  ✎ попълнете ${line}`);
}

if (!values.stdout) {
  console.log('\nПолетата с „ПОПЪЛНЕТЕ“ трябва да се попълнят; дотогава npm run check:content и npm run build ги отказват.');
}
process.exit(failed ? 1 : 0);
