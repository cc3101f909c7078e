import { defaultSchema, type Options } from 'rehype-sanitize';

/**
 * What raw HTML in a post may keep: GitHub's allowlist (links, images, tables, lists,
 * quotes, details) plus figures and abbreviations. Scripts, event-handler attributes,
 * `style`, iframes, forms and `javascript:`/`data:` URLs never pass; ids are prefixed so a
 * post cannot take over the page's own ids (`main`, the search box).
 */
export const sanitizeSchema: Options = {
  ...defaultSchema,
  tagNames: [...(defaultSchema.tagNames ?? []).filter((tag) => tag !== 'input'), 'figure', 'figcaption', 'abbr'],
  attributes: {
    ...defaultSchema.attributes,
    abbr: ['title'],
    img: [...(defaultSchema.attributes?.img ?? []), 'loading', 'decoding'],
  },
  // Drop these with their content: the text of a script or style sheet is not prose.
  strip: [...(defaultSchema.strip ?? []), 'style'],
  protocols: {
    ...defaultSchema.protocols,
    href: ['http', 'https', 'mailto'],
    src: ['http', 'https'],
  },
};
