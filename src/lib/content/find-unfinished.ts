import { UNFINISHED_MARKER } from '../../schemas/unfinished.ts';
import type { ContentProblem } from './problem.ts';

/**
 * One problem per line that still carries the unfinished marker. Drafts may carry it:
 * they are published nowhere, and the scaffold starts every post as one.
 */
export function findUnfinished(text: string, data: unknown, file: string): ContentProblem[] {
  if (!text.includes(UNFINISHED_MARKER)) return [];
  if ((data as { draft?: unknown } | null)?.draft === true) return [];
  const lines = text.split('\n');
  const frontMatterEnd = lines.indexOf('---', 1);
  const problems: ContentProblem[] = [];
  lines.forEach((line, index) => {
    if (!line.includes(UNFINISHED_MARKER)) return;
    const inFrontMatter = index < frontMatterEnd;
    const field = inFrontMatter ? fieldPath(lines, index) : undefined;
    problems.push({
      file,
      line: index + 1,
      ...(field ? { field } : {}),
      message: inFrontMatter
        ? `стойността не е попълнена („${UNFINISHED_MARKER}“)`
        : `текстът на новината има непопълнено място („${UNFINISHED_MARKER}“)`,
      hint: 'заменете реда с истинската стойност или сложете draft: true, докато новината е чернова',
    });
  });
  return problems;
}

// The dotted path of the key a front-matter line belongs to, found through its less
// indented parents; a line of a folded value (`summary: >-`) belongs to the key above it.
function fieldPath(lines: string[], index: number): string | undefined {
  const keyOf = (line: string) => /^(\s*)(?:-\s+)?([A-Za-z]+)\s*:/.exec(line);
  const indentOf = (line: string) => /^\s*/.exec(line)?.[0].length ?? 0;
  let ownIndex = index;
  while (ownIndex > 0 && !keyOf(lines[ownIndex] ?? '')) ownIndex--;
  const own = keyOf(lines[ownIndex] ?? '');
  if (!own) return undefined;
  const path = [own[2] as string];
  let indent = (own[1] ?? '').length;
  for (let i = ownIndex - 1; i > 0 && indent > 0; i--) {
    const parent = keyOf(lines[i] ?? '');
    if (parent && indentOf(lines[i] ?? '') < indent) {
      path.unshift(parent[2] as string);
      indent = (parent[1] ?? '').length;
    }
  }
  return path.join('.');
}
