import { defineConfig } from 'astro/config';
import { unified } from '@astrojs/markdown-remark';
import rehypeShiftHeadings from './src/markdown/rehype-shift-headings.ts';

export default defineConfig({
  site: process.env.SITE_URL ?? 'http://localhost:4321',
  trailingSlash: 'always',
  // Lets tests build into a temporary folder and keep their cache apart.
  ...(process.env.ASTRO_OUT_DIR ? { outDir: process.env.ASTRO_OUT_DIR } : {}),
  ...(process.env.ASTRO_CACHE_DIR ? { cacheDir: process.env.ASTRO_CACHE_DIR } : {}),
  markdown: {
    processor: unified({
      // SmartyPants would turn Bulgarian „…“ into English “…”; posts keep their own typography.
      smartypants: false,
      rehypePlugins: [[rehypeShiftHeadings, { top: 2 }]],
    }),
  },
});
