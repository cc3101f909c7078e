import type { List, ListItem, Paragraph, Root } from 'mdast';
import { remark } from 'remark';

const BULLET = /^[•·▪‣◦*-]\s*/;

/** A line that starts an enumeration: „… бяха:", „… двама представители на ЧЕК:". */
const INTRODUCES_LIST = /:\s*$/;

function paragraph(text: string): Paragraph {
  return { type: 'paragraph', children: [{ type: 'text', value: text }] };
}

function listItem(text: string): ListItem {
  return { type: 'listItem', spread: false, children: [paragraph(text)] };
}

/**
 * Builds the Markdown tree of an article from its cleaned lines: bulleted lines and
 * short lines after a line ending in „:" become list items, a block starting in lower
 * case continues the paragraph before it (old pages broke sentences across blocks),
 * every other line is a paragraph. Wording is never changed.
 */
export function buildBody(lines: readonly string[]): Root {
  const root: Root = { type: 'root', children: [] };
  let list: List | undefined;
  let listOpenedByColon = false;
  let afterBreak = true;

  for (const line of lines) {
    if (line === '') {
      afterBreak = true;
      if (listOpenedByColon) list = undefined;
      continue;
    }
    const bulleted = BULLET.test(line) && !/^-\d/.test(line);
    const last = root.children.at(-1);
    if (bulleted || (list && listOpenedByColon && !afterBreak)) {
      if (!list) {
        list = { type: 'list', ordered: false, spread: false, children: [] };
        root.children.push(list);
        listOpenedByColon = false;
      }
      list.children.push(listItem(line.replace(BULLET, '')));
      afterBreak = false;
      continue;
    }
    list = undefined;
    if (afterBreak && /^\p{Ll}/u.test(line) && last?.type === 'paragraph') {
      const text = last.children[0];
      if (text?.type === 'text') text.value = `${text.value.trimEnd()} ${line}`;
    } else {
      root.children.push(paragraph(line));
    }
    if (INTRODUCES_LIST.test(line)) {
      list = { type: 'list', ordered: false, spread: false, children: [] };
      listOpenedByColon = true;
      root.children.push(list);
    }
    afterBreak = false;
  }
  root.children = root.children.filter((node) => node.type !== 'list' || node.children.length > 0);
  return root;
}

/** Serialises a Markdown tree the way posts are written: `-` bullets, no escaping surprises. */
export function toMarkdown(tree: Root): string {
  return remark().data('settings', { bullet: '-', listItemIndent: 'one' }).stringify(tree);
}
