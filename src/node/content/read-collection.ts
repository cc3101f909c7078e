import { readdir, readFile } from 'node:fs/promises';
import { extname, join, relative, sep } from 'node:path';
import matter from 'gray-matter';
import type { z } from 'astro/zod';
import { ID_PATTERN } from '../../schemas/id.ts';
import { slugify } from '../../lib/slugify.ts';
import type { ContentProblem } from '../../lib/content/problem.ts';
import { describeIssue, valueAt } from '../../lib/content/describe-issue.ts';
import { mapConcurrently } from '../../lib/map-concurrently.ts';
import { parseYaml, YamlSyntaxError, type YamlSource } from '../../lib/content/yaml-document.ts';
import { findUnfinished } from '../../lib/content/find-unfinished.ts';
import { UNFINISHED_MARKER } from '../../schemas/unfinished.ts';
import { PHOTO_EXTENSIONS } from './check-images.ts';
import { decodeText, describeEncoding } from '../../lib/content/decode-text.ts';
import { CONTENT_LIMITS, measureDepth, screenYaml, tooDeep } from '../../lib/content/screen-yaml.ts';

/** How one collection is stored and validated. */
export interface CollectionSpec<S extends z.ZodType> {
  /** Folder of the collection, absolute. */
  dir: string;
  /** Project root; file names in problems are relative to it. */
  root: string;
  /** `markdown`: front matter and body in `.md`; `yaml`: one entry per `.yaml` file. */
  format: 'markdown' | 'yaml';
  schema: S;
  /** Example lines per field path, shown with each problem. */
  hints: Record<string, string>;
  /** Ids that would clash with other pages, such as `page` beside `/news/page/2/`. */
  isReservedId?: (id: string) => boolean;
}

/** One valid entry: its id (the file name), its file, its parsed data and what was written. */
export interface SourceEntry<T> {
  id: string;
  /** Path relative to the project root, with forward slashes. */
  file: string;
  data: T;
  /** Front matter exactly as parsed from the file, for Astro's own `parseData`. */
  raw: Record<string, unknown>;
  /** Markdown body; empty for YAML entries. */
  body: string;
  /** The whole file text, for change digests. */
  text: string;
  /** 1-based line of a field in the file. */
  lineOf: YamlSource['lineOf'];
}

export interface CollectionResult<T> {
  entries: SourceEntry<T>[];
  problems: ContentProblem[];
  /** Drafts whose only faults are values still to be filled in: published nowhere, as every draft. */
  unfinishedDrafts: string[];
  /** The id of every entry file, valid or not: what other files may name even when it has a problem of its own. */
  ids: Set<string>;
}

/** Files read at once: one after another leaves the disk idle while each is parsed (about a second at 10,000 posts). */
const READ_CONCURRENCY = 32;

const EXTENSIONS = { markdown: ['.md'], yaml: ['.yaml', '.yml'] } as const;

/**
 * Reads and validates every file of a collection. Returns the valid entries and,
 * for everything else, one problem per fault; nothing is skipped without a problem.
 */
export async function readCollection<S extends z.ZodType>(
  spec: CollectionSpec<S>,
): Promise<CollectionResult<z.output<S>>> {
  const entries: SourceEntry<z.output<S>>[] = [];
  const problems: ContentProblem[] = [];
  const unfinishedDrafts: string[] = [];
  const files = await listFiles(spec.dir);
  const firstFileOfId = new Map<string, string>();
  const sources: { path: string; file: string; stem: string }[] = [];

  for (const { path, link } of files) {
    const file = relative(spec.root, path).split(sep).join('/');
    // `.MD` is `.md`: Windows shows both alike, and the file name becomes the address either way.
    const ext = extname(path).toLowerCase();
    const isEntry = (EXTENSIONS[spec.format] as readonly string[]).includes(ext);
    if (isHidden(spec.dir, path)) {
      if (isEntry) problems.push({ file, message: 'файлът е скрит (името му или на папката започва с точка) и не се публикува', hint: 'махнете точката от началото на името' });
      continue;
    }
    if (link) {
      problems.push({ file, message: 'това е връзка (symlink) към друг файл, а не самият файл; връзки не се публикуват', hint: 'сложете на това място самия файл' });
      continue;
    }
    if (!isEntry) {
      // Photos may sit beside the posts that show them; they are assets, not entries.
      if (!PHOTO_EXTENSIONS.has(ext)) {
        const expected = EXTENSIONS[spec.format].join(' или ');
        problems.push({ file, message: `файлът не е ${expected} и не се използва`, hint: `преименувайте го на *${EXTENSIONS[spec.format][0]} или го махнете` });
      }
      continue;
    }
    const stem = path.slice(path.lastIndexOf(sep) + 1, -ext.length);
    const idProblem = checkId(stem, ext, spec.isReservedId);
    if (idProblem) {
      problems.push({ file, ...idProblem });
      continue;
    }
    const earlier = firstFileOfId.get(stem);
    if (earlier) {
      problems.push({
        file,
        message: `същото име „${stem}“ вече има ${earlier}; двете страници биха имали един адрес`,
        hint: `дайте на единия файл друго име, напр. ${stem}-2${ext}`,
      });
      continue;
    }
    firstFileOfId.set(stem, file);
    sources.push({ path, file, stem });
  }

  const contents = await mapConcurrently(sources, READ_CONCURRENCY, (source) => readFile(source.path));
  for (const [index, { file, stem }] of sources.entries()) {
    const read = readText(contents[index]!, spec.format, file);
    if ('problem' in read) {
      problems.push(read.problem);
      continue;
    }
    const { text } = read;
    const parsed = parseSource(text, spec.format, file);
    if ('problem' in parsed) {
      problems.push(parsed.problem);
      continue;
    }
    const unfinished = findUnfinished(text, parsed.source.data, file);
    if (unfinished.length) {
      problems.push(...unfinished);
      continue;
    }
    const result = spec.schema.safeParse(parsed.source.data);
    if (!result.success) {
      // A draft may still wait for values (`ПОПЪЛНЕТЕ`); only its other mistakes are named now.
      const waiting = (issue: z.core.$ZodIssue) => isDraft(parsed.source.data) && String(valueAt(parsed.source.data, issue.path)).includes(UNFINISHED_MARKER);
      const issues = result.error.issues.filter((issue) => !waiting(issue));
      for (const issue of issues) {
        problems.push(...describeIssue(issue, { file, source: parsed.source, hints: spec.hints }));
      }
      if (!issues.length) unfinishedDrafts.push(file);
      continue;
    }
    entries.push({
      id: stem,
      file,
      data: result.data,
      raw: parsed.source.data as Record<string, unknown>,
      body: parsed.body,
      text,
      lineOf: parsed.source.lineOf,
    });
  }
  return { entries, problems, unfinishedDrafts, ids: new Set(firstFileOfId.keys()) };
}

const isDraft = (data: unknown) => (data as { draft?: unknown } | null)?.draft === true;

/** A file of the collection's folder, or a link in its place. */
interface ListedFile {
  path: string;
  link: boolean;
}

async function listFiles(dir: string): Promise<ListedFile[]> {
  const found = await readdir(dir, { recursive: true, withFileTypes: true }).catch(
    (error: NodeJS.ErrnoException) => {
      if (error.code === 'ENOENT') return [];
      throw error;
    },
  );
  return found
    .filter((entry) => entry.isFile() || entry.isSymbolicLink())
    .map((entry) => ({ path: join(entry.parentPath, entry.name), link: entry.isSymbolicLink() }))
    .sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}

/**
 * Whether a file is hidden: its name, or a folder's on its way, starts with a dot. Hidden
 * files are what the editor's system keeps beside the content (`.DS_Store`, `.gitkeep`)
 * and are never read; a hidden post is named, since it would otherwise vanish unseen.
 */
function isHidden(dir: string, path: string): boolean {
  return relative(dir, path).split(sep).some((part) => part.startsWith('.'));
}

function checkId(
  stem: string,
  ext: string,
  isReservedId: ((id: string) => boolean) | undefined,
): Omit<ContentProblem, 'file'> | undefined {
  if (!ID_PATTERN.test(stem)) {
    const suggestion = slugify(stem) || 'novina';
    return {
      message: 'името на файла става адрес на страница и трябва да е на латиница, с малки букви, цифри и тирета',
      hint: `преименувайте файла на ${suggestion}${ext}`,
    };
  }
  if (isReservedId?.(stem)) {
    return {
      message: `името „${stem}“ е запазено за други страници на сайта`,
      hint: `добавете дума към името, напр. ${stem}-novina${ext}`,
    };
  }
  return undefined;
}

/** The file's text, or why it cannot be read as a content file. */
function readText(bytes: Buffer, format: 'markdown' | 'yaml', file: string): { text: string } | { problem: ContentProblem } {
  const limit = format === 'markdown' ? CONTENT_LIMITS.postBytes : CONTENT_LIMITS.frontMatterBytes;
  if (bytes.length > limit) {
    return { problem: { file, message: `файлът е ${kilobytes(bytes.length)}, а най-много ${kilobytes(limit)}`, hint: format === 'markdown' ? 'съкратете текста или го разделете на две новини' : 'оставете само полетата на записа' } };
  }
  const decoded = decodeText(bytes);
  if ('text' in decoded) return { text: decoded.text.replace(/^\uFEFF/, '') };
  // A file that is UTF-8 but for a few bytes has a broken character, not another encoding.
  if (decoded.encoding === 'UTF-8') {
    return { problem: { file, line: decoded.line, message: 'в реда има повреден знак: байтове, които не са UTF-8', hint: 'изтрийте реда и го напишете наново' } };
  }
  return {
    problem: {
      file,
      line: decoded.line,
      message: `файлът не е записан като UTF-8, а изглежда като ${describeEncoding(decoded.encoding)}`,
      hint: 'отворете го, изберете „Запиши като“ и кодиране „UTF-8“ (в Notepad: поле „Кодиране“ под името), после проверете буквите',
    },
  };
}

const kilobytes = (bytes: number) => `${Math.ceil(bytes / 1024)} KB`;

type Parsed =
  | { source: YamlSource; body: string }
  | { problem: ContentProblem };

function parseSource(text: string, format: 'markdown' | 'yaml', file: string): Parsed {
  if (text.trim() === '') {
    return {
      problem: {
        file,
        message: 'файлът е празен',
        hint: format === 'markdown' ? 'заглавна част между два реда „---“ и текст на новината (вижте docs/editing.md)' : 'полетата на записа, по едно на ред',
      },
    };
  }
  try {
    if (format === 'yaml') {
      const refused = screenYaml(text);
      if (refused) return { problem: { file, ...refused } };
      return checkMapping(parseYaml(text, 1), '', file);
    }
    const unclosed = findUnclosedFrontMatter(text, file);
    if (unclosed) return { problem: unclosed };
    let source: YamlSource | undefined;
    let refused: ContentProblem | undefined;
    const { content } = matter(text, {
      engines: {
        yaml: (frontMatter: string) => {
          const bytes = Buffer.byteLength(frontMatter);
          if (bytes > CONTENT_LIMITS.frontMatterBytes) {
            refused = { file, message: `заглавната част е ${kilobytes(bytes)}, а най-много ${kilobytes(CONTENT_LIMITS.frontMatterBytes)}`, hint: 'дългия текст преместете след втория ред „---“, в текста на новината' };
            return {};
          }
          // gray-matter keeps the newline after the opening `---`, so line 1 of this text is line 1 of the file.
          const screened = screenYaml(frontMatter);
          if (screened) {
            refused = { file, ...screened };
            return {};
          }
          source = parseYaml(frontMatter, 1);
          return {};
        },
      },
    });
    if (refused) return { problem: refused };
    if (!source) {
      const empty = matter.test(text);
      return {
        problem: {
          file,
          line: 1,
          message: empty ? 'заглавната част между редовете „---“ е празна' : 'липсва заглавна част: файлът трябва да започва с ред „---“',
          hint: 'на първия ред „---“, после полетата title, date, summary, cluster, event и пак „---“',
        },
      };
    }
    return checkMapping(source, content, file);
  } catch (error) {
    if (!(error instanceof YamlSyntaxError)) throw error;
    const line = error.line;
    return {
      problem: {
        file,
        ...(line === undefined ? {} : { line }),
        message: error.message,
        hint: error.hint,
      },
    };
  }
}

/** The closing `---` of a front matter that has an opening one and no closing one. */
function findUnclosedFrontMatter(text: string, file: string): ContentProblem | undefined {
  const lines = text.split(/\r?\n/);
  if (lines[0]?.trim() !== '---') return undefined;
  if (lines.slice(1).some((line) => line.trimEnd() === '---')) return undefined;
  return {
    file,
    line: 1,
    message: 'заглавната част започва с „---“ на ред 1, но няма втори ред „---“, който да я затвори',
    hint: 'сложете ред „---“ след последното поле, преди текста на новината',
  };
}

function checkMapping(source: YamlSource, body: string, file: string): Parsed {
  const { data } = source;
  if (measureDepth(data) > CONTENT_LIMITS.depth) {
    const line = firstDeepLine(data, source);
    return { problem: { file, ...tooDeep(line ?? 1) } };
  }
  if (data === null || typeof data !== 'object' || Array.isArray(data)) {
    return {
      problem: {
        file,
        message: 'заглавната част трябва да е списък от полета „име: стойност“',
        hint: 'title: "Заглавие", по едно поле на ред',
      },
    };
  }
  return { source, body };
}

/** Line of the field that first goes deeper than the limit. */
function firstDeepLine(data: unknown, source: YamlSource): number | undefined {
  const path: (string | number)[] = [];
  let value = data;
  while (value !== null && typeof value === 'object') {
    const entries = Object.entries(value);
    const deep = entries.find(([, inner]) => measureDepth(inner) >= CONTENT_LIMITS.depth - path.length) ?? entries[0];
    if (!deep) break;
    path.push(Array.isArray(value) ? Number(deep[0]) : deep[0]);
    value = deep[1];
    if (path.length > CONTENT_LIMITS.depth) break;
  }
  return source.lineOf(path);
}

/** One configuration file read and validated like a collection's entry. */
export interface SettingsSpec<S extends z.ZodType> {
  /** The file, absolute. */
  path: string;
  /** Project root; the file name in problems is relative to it. */
  root: string;
  schema: S;
  hints: Record<string, string>;
}

/**
 * Reads a YAML settings file (`content/site.yaml`) with the same checks and messages as
 * every content file: its data, or one problem per fault.
 */
export async function readSettingsFile<S extends z.ZodType>(spec: SettingsSpec<S>): Promise<{ data: z.output<S>; problems: [] } | { problems: ContentProblem[] }> {
  const file = relative(spec.root, spec.path).split(sep).join('/');
  const bytes = await readFile(spec.path).catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT') return undefined;
    throw error;
  });
  if (bytes === undefined) return { problems: [{ file, message: 'файлът липсва: в него са името и езиците на сайта', hint: 'копирайте content/site.yaml от хранилището на проекта и сменете стойностите' }] };
  const read = readText(bytes, 'yaml', file);
  if ('problem' in read) return { problems: [read.problem] };
  const parsed = parseSource(read.text, 'yaml', file);
  if ('problem' in parsed) return { problems: [parsed.problem] };
  const result = spec.schema.safeParse(parsed.source.data);
  if (result.success) return { data: result.data, problems: [] };
  return { problems: result.error.issues.flatMap((issue) => describeIssue(issue, { file, source: parsed.source, hints: spec.hints })) };
}
