import { CORE_SCHEMA, load } from 'js-yaml';
import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Document, type Node } from 'yaml';

/** A parsed YAML text that can still tell on which line each field stands. */
export interface YamlSource {
  data: unknown;
  /** 1-based line of the field at `path`, or of its nearest parent that exists. */
  lineOf(path: readonly PropertyKey[]): number | undefined;
}

/** A YAML syntax error with the 1-based line it was found on. */
export class YamlSyntaxError extends Error {
  readonly line: number | undefined;
  /** What to write instead, in Bulgarian. */
  readonly hint: string;

  constructor(message: string, hint: string, line: number | undefined) {
    super(message);
    this.name = 'YamlSyntaxError';
    this.hint = hint;
    this.line = line;
  }
}

/**
 * Parses YAML with the core schema: `2023-02-31` stays a string instead of
 * becoming a Date that silently rolls over to March, so the schema can judge it.
 * `firstLine` is the file line the text starts on (front matter starts on line 2).
 *
 * The data comes from js-yaml, several times as fast as a `yaml` document for the same
 * result, and every build parses every post. Text js-yaml refuses is parsed again as a
 * `yaml` document, whose errors name their kind and line for the editor.
 */
export function parseYaml(text: string, firstLine = 1): YamlSource {
  let data: unknown;
  try {
    // An empty front matter is null, as a `yaml` document gives it.
    data = load(text, { schema: CORE_SCHEMA }) ?? null;
  } catch {
    data = parseDocumentStrictly(text, firstLine);
  }
  return {
    data,
    // The document is not kept: its tree is needed only to point at the line of a
    // problem, and the trees of a whole archive would fill the heap, so the text is
    // parsed again when a problem is reported.
    lineOf: (path) => {
      const again = new LineCounter();
      const offset = findOffset(parseDocument(text, { schema: 'core', lineCounter: again, prettyErrors: false }), path);
      return offset === undefined ? undefined : again.linePos(offset).line + firstLine - 1;
    },
  };
}

/** The data of a `yaml` document; throws its first error, at its line in the file. */
function parseDocumentStrictly(text: string, firstLine: number): unknown {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { schema: 'core', lineCounter, prettyErrors: false });
  const [error] = doc.errors;
  if (error) {
    const { message, hint } = explainYamlError(error.code);
    throw new YamlSyntaxError(message, hint, lineCounter.linePos(error.pos[0]).line + firstLine - 1);
  }
  return doc.toJS();
}

function findOffset(doc: Document, path: readonly PropertyKey[]): number | undefined {
  let node: unknown = doc.contents;
  let offset = (doc.contents as Node | null)?.range?.[0];
  for (const key of path) {
    if (isMap(node)) {
      const pair = node.items.find((item) => isScalar(item.key) && String(item.key.value) === String(key));
      if (!pair) break;
      offset = (pair.key as Node).range?.[0] ?? offset;
      node = pair.value;
    } else if (isSeq(node) && typeof key === 'number' && node.items[key]) {
      node = node.items[key];
      offset = (node as Node).range?.[0] ?? offset;
    } else {
      break;
    }
  }
  return offset;
}

const QUOTES_HINT = 'име на поле: стойност, по едно поле на ред; текст с „:“, „#“ или кавички в началото — в двойни кавички';

// The yaml library's own messages are English and technical; editors need plain Bulgarian.
function explainYamlError(code: string): { message: string; hint: string } {
  switch (code) {
    case 'DUPLICATE_KEY':
      return { message: 'едно и също поле е написано два пъти', hint: 'оставете полето само веднъж' };
    case 'TAB_AS_INDENT':
      return { message: 'отстъпът на реда е направен с табулация (клавиша Tab)', hint: 'изтрийте табулацията и сложете интервали: по два за всяко ниво' };
    case 'BAD_INDENT':
      return { message: 'грешен отстъп в заглавната част: полетата на едно ниво трябва да започват от една и съща колона', hint: 'подравнете полето с полетата над него; полетата под event: и people: са с два интервала навътре' };
    case 'MULTILINE_IMPLICIT_KEY':
      return { message: 'текстът продължава на нов ред без кавички', hint: 'сложете целия текст в двойни кавички или го напишете на един ред' };
    case 'BAD_DQ_ESCAPE':
      return { message: 'в текста в двойни кавички има обратна наклонена черта „\\“, която не е позволена', hint: 'махнете „\\“ или напишете „\\\\“' };
    case 'MISSING_CHAR':
      return { message: 'липсва затваряща кавичка или скоба в заглавната част', hint: 'затворете кавичките и скобите на същия ред: title: "Заглавие", topics: [тема]' };
    case 'BLOCK_AS_IMPLICIT_KEY':
      return { message: 'това поле има стойност, а следващият ред е с отстъп навътре, сякаш е част от него', hint: 'подравнете следващото поле с това; ако е продължение на текста, сложете целия текст в двойни кавички' };
    case 'UNEXPECTED_TOKEN':
    case 'BAD_SCALAR_START':
      return { message: 'на този ред има знак, който не може да стои тук без кавички', hint: QUOTES_HINT };
    case 'MULTIPLE_DOCS':
      return { message: 'в заглавната част има ред „---“ или „...“ в повече', hint: 'оставете само двата реда „---“: в началото и след последното поле' };
    default:
      return { message: 'заглавната част не може да се прочете на този ред (грешка в отстъпите или в кавичките)', hint: QUOTES_HINT };
  }
}
