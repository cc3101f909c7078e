import type { Root } from 'hast';
import { visit } from 'unist-util-visit';

export interface ShiftHeadingsOptions {
  /**
   * Rank the body's highest heading may have. Default `2`: the page's only `<h1>`
   * is the post title, so an editor's `# Heading` must not become a second one.
   */
  top?: 2 | 3 | 4 | 5 | 6;
}

const emptyOptions: ShiftHeadingsOptions = {};

/** Shifts all headings of a post body down so the highest has rank `top`, keeping their order. */
export default function rehypeShiftHeadings(options: ShiftHeadingsOptions = emptyOptions) {
  const top = options.top ?? 2;
  return (tree: Root) => {
    let highest = 7;
    visit(tree, 'element', (node) => {
      const rank = headingRank(node.tagName);
      if (rank) highest = Math.min(highest, rank);
    });
    const shift = highest < top ? top - highest : 0;
    if (shift === 0) return;
    visit(tree, 'element', (node) => {
      const rank = headingRank(node.tagName);
      if (rank) node.tagName = `h${Math.min(6, rank + shift)}`;
    });
  };
}

function headingRank(tagName: string): number | undefined {
  const match = /^h([1-6])$/.exec(tagName);
  return match ? Number(match[1]) : undefined;
}
