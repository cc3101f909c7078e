import { unified } from '@astrojs/markdown-remark';
import rehypeShiftHeadings from './rehype-shift-headings.ts';

/**
 * The Markdown pipeline of the site, shared by `astro.config.ts` and the plugin tests
 * so the tests run through exactly what the build runs. Kept lean: each plugin costs
 * build time on every post (see the benchmark).
 */
export const markdownProcessor = unified({
  // SmartyPants would turn Bulgarian „…“ into English “…”; posts keep their own typography.
  smartypants: false,
  rehypePlugins: [[rehypeShiftHeadings, { top: 2 }]],
});
