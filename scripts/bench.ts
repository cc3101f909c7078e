/**
 * Benchmarks a production build of N synthetic posts in a temporary copy of the site
 * (never in content/): a cold build, a warm build after editing one post, and the
 * verification, with wall time and peak memory per stage. Posts are shaped like the real
 * ones (people, several partners, topics, bodies as long as theirs and of their sentences);
 * `--light` generates the lighter posts of earlier runs. Prints a table and JSON.
 * Usage: npm run bench -- --posts 1000 [--light] [--json bench.json] [--keep] [--skip-verify]
 */
import { cp, mkdir, mkdtemp, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import sharp from 'sharp';
import { checkContent, readClusters, readPartners } from '../src/node/content/check-content.ts';
import { generatePosts, generateTranslations, splitSentences } from './bench/generate-posts.ts';

/** Every how many posts one is translated into English. */
const TRANSLATE_EVERY = 10;
import { runMeasured as run, type MeasuredRun as Run } from './bench/run-measured.ts';

const { values } = parseArgs({
  options: { posts: { type: 'string', default: '1000' }, light: { type: 'boolean' }, json: { type: 'string' }, keep: { type: 'boolean' }, 'skip-verify': { type: 'boolean' } },
});
const count = Number(values.posts);
const projectRoot = process.cwd();
const COPIED = ['src', 'public', 'scripts', 'astro.config.ts', 'tsconfig.json', 'package.json', '.htmlvalidate.json'];

/**
 * Splits a build's marks into stages, in seconds. Astro's marks count from its own start,
 * the build script's from the build's; cards and calendars are prepared beside Astro.
 */
function stages(build: Run) {
  const t = build.timings;
  const s = (ms: number | undefined) => Number(((ms ?? 0) / 1000).toFixed(2));
  return {
    'startup and content sync': s(t['@build-start']),
    'page rendering': s((t['@pages-done'] ?? 0) - (t['@build-start'] ?? 0)),
    '  of which feeds': s(t['feeds']),
    'sitemap and headers': s((t['@done'] ?? 0) - (t['@pages-done'] ?? 0)),
    'whole astro build': s(t['@astro-done']),
    'content check, beside astro': s(t['content check']),
    'social cards and calendars, beside astro': s(t['post files: prepare']),
    'cards drawn (count, not s)': t['post files: cards drawn'] ?? 0,
    'cards and calendars into the site': s(t['post files: write']),
    'search index': s(t['search index']),
    'search shards indexed (count, not s)': t['search shards indexed'] ?? 0,
  };
}

/** `npm run build`: Astro and the card drawer at once, then the files into the site and the search index. */
async function build(label: string, root: string, env: Record<string, string>) {
  const measured = await run(label, root, [join(root, 'scripts/build.ts')], env);
  if (values.keep) await writeFile(join(root, `${label.split(' ')[0]}-build.log`), measured.output);
  const byProcess = measured.peakMbByProcess;
  return {
    seconds: Number(measured.seconds.toFixed(2)),
    peakMb: measured.peakMb,
    // The processes that matter; the build script itself and esbuild's service are small.
    peakMbByProcess: {
      astro: byProcess['astro.mjs'] ?? 0,
      'content check (cards, calendars)': byProcess['post-data-worker.ts'] ?? 0,
      'card drawer': byProcess['card-drawer-worker.ts'] ?? 0,
      'build script (writes the post files)': byProcess['build.ts'] ?? 0,
      pagefind: byProcess['pagefind_extended'] ?? byProcess['pagefind'] ?? 0,
    },
    stages: stages(measured),
    // Which processes made the peak: the sum is what the machine must hold at once.
    atPeakMb: measured.atPeakMbByProcess,
  };
}

const root = await mkdtemp(join(tmpdir(), 'cluster-news-bench-'));
try {
  process.stderr.write(`Preparing ${count} posts in ${root}\n`);
  for (const path of COPIED) await cp(join(projectRoot, path), join(root, path), { recursive: true });
  await symlink(join(projectRoot, 'node_modules'), join(root, 'node_modules'));
  const contentRoot = join(root, 'content');
  await cp(join(projectRoot, 'content/clusters'), join(contentRoot, 'clusters'), { recursive: true });
  await cp(join(projectRoot, 'content/partners'), join(contentRoot, 'partners'), { recursive: true });
  await cp(join(projectRoot, 'content/site.yaml'), join(contentRoot, 'site.yaml'));
  await mkdir(join(contentRoot, 'news'), { recursive: true });
  const known = {
    clusters: (await readClusters(join(projectRoot, 'content'), projectRoot)).entries.map((e) => e.id),
    partners: (await readPartners(join(projectRoot, 'content'), projectRoot)).entries.map((e) => e.id),
  };
  const imageEvery = Math.max(1, Math.floor(count / 5));
  const realPosts = await checkContent(join(projectRoot, 'content'), projectRoot);
  const sentences = splitSentences(realPosts.news.map((post) => post.body ?? ''));
  const posts = generatePosts(count, known, { imageEvery, shape: values.light ? 'light' : 'real', sentences });
  const photo = await sharp({ create: { width: 1600, height: 900, channels: 3, background: '#3a7ca5' } }).png().toBuffer();
  for (const post of posts) {
    await writeFile(join(contentRoot, 'news', post.file), post.text);
    if (post.text.includes('images:')) await writeFile(join(contentRoot, 'news', post.file.replace(/\.md$/, '.png')), photo);
  }
  // One post in ten translated into English, as an archive whose recent posts are translated might be.
  const englishSentences = splitSentences(realPosts.translations.map((translation) => translation.body));
  const translations = generateTranslations(posts, englishSentences, TRANSLATE_EVERY);
  await mkdir(join(contentRoot, 'translations/en'), { recursive: true });
  for (const translation of translations) await writeFile(join(contentRoot, 'translations/en', translation.file), translation.text);

  const env = {
    BENCH_TIMINGS: '1',
    SITE_URL: 'http://localhost:4321',
    ASTRO_TELEMETRY_DISABLED: '1',
    ASTRO_CACHE_DIR: join(root, 'cache/astro'),
    STORE_DIR: join(root, 'cache/site'),
  };
  const cold = await build('cold build', root, env);
  const edited = join(contentRoot, 'news', posts[0]!.file);
  await writeFile(edited, (await readFile(edited, 'utf8')).replace(/^title: "/m, 'title: "Обновено: '));
  const warm = await build('warm build (one post edited)', root, env);
  // A failed check (a budget outgrown by the archive) is a finding to report, not a crash.
  const verify = values['skip-verify']
    ? { seconds: 0, peakMb: 0, ok: true, output: 'skipped (--skip-verify)' }
    : await run('verify (integrity, links, html, budgets)', root, ['scripts/verify.ts', '--only', 'integrity,links,html,budgets'], env, { mayFail: true });

  const report = {
    posts: count,
    translations: translations.length,
    shape: values.light ? 'light' : 'real',
    machine: { cpus: (await import('node:os')).cpus().length, node: process.version },
    cold,
    warm,
    verify: {
      seconds: Number(verify.seconds.toFixed(2)),
      peakMb: verify.peakMb,
      ok: verify.ok,
      checks: verify.output.split('\n').filter((line) => /^[✓✗] /.test(line) || line.startsWith('    ')),
    },
  };
  const rows: Record<string, { cold: number; warm: number }> = {};
  for (const stage of Object.keys(cold.stages) as (keyof typeof cold.stages)[]) rows[`${stage} (s)`] = { cold: cold.stages[stage], warm: warm.stages[stage] };
  rows['total wall time (s)'] = { cold: cold.seconds, warm: warm.seconds };
  rows['peak memory, all processes together (MB)'] = { cold: cold.peakMb, warm: warm.peakMb };
  for (const name of Object.keys(cold.peakMbByProcess) as (keyof typeof cold.peakMbByProcess)[]) {
    rows[`peak memory, ${name} alone (MB)`] = { cold: cold.peakMbByProcess[name], warm: warm.peakMbByProcess[name] };
  }
  console.table(rows);
  const describePeak = (peak: Record<string, number>) => Object.entries(peak).map(([name, mb]) => `${name} ${mb} MB`).join(', ');
  console.log(`At the cold peak: ${describePeak(cold.atPeakMb)}\nAt the warm peak: ${describePeak(warm.atPeakMb)}`);
  console.log(`verify: ${report.verify.seconds} s, ${report.verify.peakMb} MB peak\n${report.verify.checks.join('\n')}`);
  console.log(JSON.stringify(report));
  if (values.json) await writeFile(values.json, JSON.stringify(report, null, 2));
} finally {
  if (!values.keep) await rm(root, { recursive: true, force: true });
}
