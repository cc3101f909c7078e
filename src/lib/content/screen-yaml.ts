import { CST, Lexer } from 'yaml';

/**
 * Limits no real post comes near, so that no file can make parsing slow or a value huge.
 * The biggest post of the site is under 7 KB with a 2 KB front matter, nested three deep
 * (the post, its `images`, one photo).
 */
export const CONTENT_LIMITS = {
  /** Bytes of a whole post file. */
  postBytes: 200 * 1024,
  /** Bytes of a front matter, or of a whole cluster or partner file. */
  frontMatterBytes: 16 * 1024,
  /** Levels of fields inside fields, or lists inside lists. */
  depth: 5,
} as const;

/** Why a YAML text is refused before it is parsed, and where. */
export interface YamlRefusal {
  message: string;
  hint: string;
  /** 1-based line within the text. */
  line: number;
}

/**
 * Refuses the parts of YAML that the content format does not use and that let a small text
 * become a large value or a deep recursion: anchors and aliases (the „billion laughs" file
 * expands to gigabytes), tags and directives, and deeply nested `[`/`{` lists. Runs on the
 * lexer's tokens, so `R&D *нов*` inside a value is text, not an alias. A text without the
 * characters that start such tokens and with fewer brackets than the nesting limit, which is
 * nearly every post, is not lexed at all (lexing every front matter cost 0.3 s at 10,000 posts).
 */
export function screenYaml(text: string): YamlRefusal | undefined {
  if (!/[&*!%]/.test(text) && countOpenings(text) <= CONTENT_LIMITS.depth) return undefined;
  let offset = 0;
  let flowDepth = 0;
  const lineAt = (at: number) => text.slice(0, at).split('\n').length;
  for (const token of new Lexer().lex(text)) {
    const type = CST.tokenType(token);
    const at = offset;
    offset += token.length;
    if (type === 'anchor' || type === 'alias') {
      return {
        line: lineAt(at),
        message: `„${token}“ е препратка в YAML (котва или псевдоним), а такива не се използват в съдържанието`,
        hint: 'напишете стойността изцяло на мястото ѝ; ако „&“ или „*“ е част от текста, сложете целия текст в двойни кавички',
      };
    }
    if (type === 'tag' || type === 'directive-line') {
      return {
        line: lineAt(at),
        message: `„${token.trim()}“ е етикет на YAML, а такива не се използват в съдържанието`,
        hint: 'махнете го; ако „!“ или „%“ е част от текста, сложете целия текст в двойни кавички',
      };
    }
    if (type === 'flow-seq-start' || type === 'flow-map-start') {
      flowDepth++;
      if (flowDepth > CONTENT_LIMITS.depth) return tooDeep(lineAt(at));
    } else if (type === 'flow-seq-end' || type === 'flow-map-end') {
      flowDepth--;
    }
  }
  return undefined;
}

/** How many `[` and `{` a text has, in quotes or not: no nesting can be deeper. */
function countOpenings(text: string): number {
  let count = 0;
  for (let index = 0; index < text.length; index++) {
    const char = text.charCodeAt(index);
    if (char === 0x5b || char === 0x7b) count++;
  }
  return count;
}

/** How many levels of fields and lists `data` has; a plain value is level 0. */
export function measureDepth(data: unknown, limit: number = CONTENT_LIMITS.depth): number {
  if (data === null || typeof data !== 'object') return 0;
  if (limit < 0) return 1;
  let deepest = 0;
  for (const value of Object.values(data)) deepest = Math.max(deepest, measureDepth(value, limit - 1));
  return deepest + 1;
}

export function tooDeep(line: number): YamlRefusal {
  return {
    line,
    message: `полетата са вложени повече от ${CONTENT_LIMITS.depth} нива едно в друго`,
    hint: 'подредете полетата както в примера от docs/editing.md: най-много списък от полета под едно поле',
  };
}
