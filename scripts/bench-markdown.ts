/**
 * What each step of the Markdown pipeline costs per post: the site's pipeline as the
 * build runs it, then with one plugin or option changed at a time, on N synthetic posts.
 * Usage: npm run bench:markdown [-- --posts 2000]
 */
import { parseArgs } from 'node:util';
import { unified } from '@astrojs/markdown-remark';
import { markdownOptions, markdownProcessor } from '../src/markdown/processor.ts';
import { generatePosts } from './bench/generate-posts.ts';

const { values } = parseArgs({ options: { posts: { type: 'string', default: '2000' } } });
const bodies = generatePosts(Number(values.posts), { clusters: ['a'], partners: ['b'] }).map((post) => post.text.split(/^---$/m)[2]!);
const { rehypePlugins } = markdownProcessor.options;
const nameOf = (plugin: unknown) => (typeof plugin === 'function' ? plugin.name || undefined : typeof plugin === 'string' ? plugin : undefined);

const variants: [string, ReturnType<typeof unified>, Record<string, unknown>][] = [
  ['the site (as built)', markdownProcessor, { syntaxHighlight: false }],
  ['+ Shiki (Astro default)', markdownProcessor, { syntaxHighlight: 'shiki' }],
  ['- GFM', unified({ ...markdownOptions, gfm: false }), { syntaxHighlight: false }],
  ...rehypePlugins.map((plugin, index): [string, ReturnType<typeof unified>, Record<string, unknown>] => [
    `- ${nameOf(Array.isArray(plugin) ? plugin[0] : plugin) ?? `rehype plugin ${index + 1}`}`,
    unified({ ...markdownOptions, rehypePlugins: rehypePlugins.filter((_, other) => other !== index) }),
    { syntaxHighlight: false },
  ]),
  ['no plugins at all', unified({ ...markdownOptions, rehypePlugins: [] }), { syntaxHighlight: false }],
];

const rows: Record<string, { 'ms per post': number; [key: string]: number }> = {};
for (const [name, processor, shared] of variants) {
  const renderer = await processor.createRenderer(shared as never);
  for (const body of bodies.slice(0, 100)) await renderer.render(body);
  const started = performance.now();
  for (const body of bodies) await renderer.render(body);
  const ms = (performance.now() - started) / bodies.length;
  rows[name] = { 'ms per post': Number(ms.toFixed(3)), [`s per 10,000 posts`]: Number(((ms * 10_000) / 1000).toFixed(1)) };
}
console.table(rows);
