import { readdir, readFile } from 'node:fs/promises';
import { extname, join, relative, sep } from 'node:path';
import matter from 'gray-matter';
import type { z } from 'astro/zod';
import { ID_PATTERN } from '../../schemas/id.ts';
import { slugify } from '../slugify.ts';
import type { ContentProblem } from './problem.ts';
import { describeIssue } from './describe-issue.ts';
import { mapConcurrently } from '../map-concurrently.ts';
import { parseYaml, YamlSyntaxError, type YamlSource } from './yaml-document.ts';
import { findUnfinished } from './find-unfinished.ts';
import type { FrontMatterCache } from './front-matter-cache.ts';

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
  /** Parsed front matter of earlier builds, to parse only changed files again. */
  frontMatter?: FrontMatterCache;
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
}

/** Files read at once: one after another leaves the disk idle while each is parsed (about a second at 10,000 posts). */
const READ_CONCURRENCY = 32;

const EXTENSIONS = { markdown: ['.md'], yaml: ['.yaml', '.yml'] } as const;
// Photos may sit beside the posts that show them; they are assets, not entries.
const ASSET_EXTENSIONS = new Set(['.jpg', '.jpeg', '.png', '.webp', '.avif', '.gif', '.svg']);

/**
 * Reads and validates every file of a collection. Returns the valid entries and,
 * for everything else, one problem per fault; nothing is skipped without a problem.
 */
export async function readCollection<S extends z.ZodType>(
  spec: CollectionSpec<S>,
): Promise<CollectionResult<z.output<S>>> {
  const entries: SourceEntry<z.output<S>>[] = [];
  const problems: ContentProblem[] = [];
  const files = await listFiles(spec.dir);
  const firstFileOfId = new Map<string, string>();
  const sources: { path: string; file: string; stem: string }[] = [];

  for (const path of files) {
    const file = relative(spec.root, path).split(sep).join('/');
    const ext = extname(path).toLowerCase();
    if (!(EXTENSIONS[spec.format] as readonly string[]).includes(ext)) {
      if (!ASSET_EXTENSIONS.has(ext)) {
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

  const texts = await mapConcurrently(sources, READ_CONCURRENCY, (source) => readFile(source.path, 'utf8'));
  for (const [index, { file, stem }] of sources.entries()) {
    const text = texts[index]!;
    const parsed = parseCached(text, spec, file);
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
      for (const issue of result.error.issues) {
        problems.push(...describeIssue(issue, { file, source: parsed.source, hints: spec.hints }));
      }
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
  return { entries, problems };
}

async function listFiles(dir: string): Promise<string[]> {
  const found = await readdir(dir, { recursive: true, withFileTypes: true }).catch(
    (error: NodeJS.ErrnoException) => {
      if (error.code === 'ENOENT') return [];
      throw error;
    },
  );
  return found
    .filter((entry) => entry.isFile() && !entry.name.startsWith('.'))
    .map((entry) => join(entry.parentPath, entry.name))
    .sort();
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

type Parsed =
  | { source: YamlSource; body: string }
  | { problem: ContentProblem };

/** `parseSource` through the spec's front matter cache, when it has one. */
function parseCached(text: string, spec: CollectionSpec<z.ZodType>, file: string): Parsed {
  const cached = spec.frontMatter?.get(text);
  if (cached) {
    // Line numbers are wanted only for a problem: the text is parsed again then.
    const lineOf: YamlSource['lineOf'] = (path) => {
      const again = parseSource(text, spec.format, file);
      return 'source' in again ? again.source.lineOf(path) : undefined;
    };
    return { source: { data: cached.data, lineOf }, body: text.slice(cached.bodyStart) };
  }
  const parsed = parseSource(text, spec.format, file);
  if ('source' in parsed && text.endsWith(parsed.body)) spec.frontMatter?.set(text, { data: parsed.source.data, bodyStart: text.length - parsed.body.length });
  return parsed;
}

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
    if (format === 'yaml') return checkMapping(parseYaml(text, 1), '', file);
    let source: YamlSource | undefined;
    const { content } = matter(text, {
      engines: {
        yaml: (frontMatter: string) => {
          // gray-matter keeps the newline after the opening `---`, so line 1 of this text is line 1 of the file.
          source = parseYaml(frontMatter, 1);
          return {};
        },
      },
    });
    if (!source) {
      const empty = matter.test(text);
      return {
        problem: {
          file,
          line: 1,
          message: empty ? 'заглавната част (front matter) е празна' : 'липсва заглавна част (front matter)',
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
        hint: 'field: стойност, по едно поле на ред; текст с „:“ или кавички — в двойни кавички',
      },
    };
  }
}

function checkMapping(source: YamlSource, body: string, file: string): Parsed {
  const { data } = source;
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
