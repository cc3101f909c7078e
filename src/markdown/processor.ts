import { unified } from '@astrojs/markdown-remark';
import rehypeExternalLinks from 'rehype-external-links';
import rehypeRaw from 'rehype-raw';
import rehypeSanitize from 'rehype-sanitize';
import rehypeBulgarianTypography from './rehype-bulgarian-typography.ts';
import rehypeShiftHeadings from './rehype-shift-headings.ts';
import { sanitizeSchema } from './sanitize-schema.ts';

/**
 * The Markdown pipeline of the site, shared by `astro.config.ts` and the plugin tests
 * so the tests run through exactly what the build runs. Kept lean: each plugin costs
 * build time on every post (`npm run bench:markdown` measures each).
 */
export const markdownOptions = {
  // SmartyPants would turn Bulgarian „…“ into English “…”; rehypeBulgarianTypography below sets it.
  smartypants: false,
  rehypePlugins: [
    // Posts are untrusted: parse their raw HTML (Astro would only do so after our plugins)
    // so the sanitiser judges real elements instead of dropping or passing opaque strings.
    rehypeRaw,
    [rehypeSanitize, sanitizeSchema],
    [rehypeExternalLinks, { rel: ['noopener', 'noreferrer'] }],
    [rehypeShiftHeadings, { top: 2 }],
    // The source texts mix „…”, “…“ and hyphens for dashes; readers get one typography.
    rehypeBulgarianTypography,
  ],
} satisfies Parameters<typeof unified>[0];

export const markdownProcessor = unified(markdownOptions);
