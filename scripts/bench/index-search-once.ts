/**
 * Indexes a built site once with one strategy, into a copy of its index folder, for
 * `npm run bench:search`, which runs this in a process of its own to measure its memory.
 * Usage: node scripts/bench/index-search-once.ts <site> <strategy>
 */
import { INDEX_STRATEGIES, indexSite, type IndexStrategy } from '../../src/integrations/index-site.ts';

const [site, strategy] = process.argv.slice(2) as [string, IndexStrategy];
if (!site || !INDEX_STRATEGIES.includes(strategy)) {
  console.error(`Usage: node scripts/bench/index-search-once.ts <site> <${INDEX_STRATEGIES.join('|')}>`);
  process.exit(2);
}
const started = performance.now();
const pages = await indexSite(site, strategy);
console.log(`INDEXED ${pages} ${((performance.now() - started) / 1000).toFixed(2)}`);
