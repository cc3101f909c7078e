import type { Element, Root, Text } from 'hast';
import { isBulgarianText, typesetBulgarian, startBlock, type TypographyState } from '../lib/typography/bulgarian-typography.ts';

export interface BulgarianTypographyOptions {
  /** Elements whose text is left exactly as written. Default: code, scripts and styles. */
  keep?: readonly string[];
}

/** Elements that start a new run of text: a quote opened in one never closes in another. */
const BLOCKS = new Set(['p', 'li', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'td', 'th', 'blockquote', 'figcaption', 'dt', 'dd', 'caption']);

const DEFAULT_KEEP = ['code', 'pre', 'kbd', 'samp', 'script', 'style'];

/** Whether a node's text, all inside it, is Bulgarian (`isBulgarianText`), stopping at the first piece that is. */
function hasBulgarianText(node: Element): boolean {
  return node.children.some((child) => (child.type === 'text' ? isBulgarianText(child.value) : child.type === 'element' && hasBulgarianText(child)));
}

/**
 * Bulgarian typography in a post's text at render time (see `typesetBulgarian`), so the
 * Markdown files stay as their editors wrote them. Text nodes of one block are typeset in
 * order with one state, so „<em>…</em>“ pairs its quotes. A block without a Cyrillic letter
 * (a translation's paragraph, an English post) is left as written (`isBulgarianText`).
 */
export default function rehypeBulgarianTypography(options: BulgarianTypographyOptions = {}) {
  const keep = new Set(options.keep ?? DEFAULT_KEEP);
  return (tree: Root) => {
    const walk = (node: Root | Element, state: TypographyState) => {
      for (const child of node.children) {
        if (child.type === 'text') {
          (child as Text).value = typesetBulgarian((child as Text).value, state);
        } else if (child.type === 'element' && !keep.has(child.tagName)) {
          if (!BLOCKS.has(child.tagName)) walk(child, state);
          else if (hasBulgarianText(child)) walk(child, startBlock());
        }
      }
    };
    walk(tree, startBlock());
  };
}
