/**
 * Builds the search index of the built site (the second half of `npm run build`).
 * It runs after `astro build` in a process of its own, not in Astro's `astro:build:done`
 * hook: there, Pagefind's memory came on top of everything the build still held
 * (at 10,000 posts 2.1 GB + 1.8 GB), while here the two peaks come one after the other.
 * Usage: npm run build (or, after `astro build`: node scripts/index-search.ts)
 */
import { resolve } from 'node:path';
import { indexSite } from '../src/integrations/index-site.ts';

const site = resolve(process.env.ASTRO_OUT_DIR ?? 'dist');
const started = performance.now();
try {
  const pages = await indexSite(site, 'post-pages');
  console.log(`Search index written from ${pages} HTML files in ${((performance.now() - started) / 1000).toFixed(1)} s.`);
} catch (error) {
  console.error(`The search index could not be built from ${site}: ${(error as Error).message}`);
  if ((error as Error).cause) console.error(String((error as Error).cause));
  process.exit(1);
}
