import type { z } from 'astro/zod';
import type { ContentProblem } from './problem.ts';
import type { YamlSource } from './yaml-document.ts';

interface IssueContext {
  file: string;
  source: YamlSource;
  hints: Record<string, string>;
}

/** Turns one schema issue into problems an editor can act on: file, line, field, message, example. */
export function describeIssue(issue: z.core.$ZodIssue, context: IssueContext): ContentProblem[] {
  const path = issue.path.filter((key): key is string | number => typeof key !== 'symbol');
  if (issue.code === 'unrecognized_keys') {
    return issue.keys.map((key) => {
      const field = [...path, key];
      return withPlace(context, field, {
        message: 'непознато поле (правописна грешка?)',
        hint: allowedFields(context.hints, path) ?? 'махнете полето',
      });
    });
  }
  const missing = issue.code === 'invalid_type' && valueAt(context.source.data, path) === undefined;
  return [
    withPlace(context, path, {
      message: missing ? 'липсва задължителното поле' : issue.message,
      ...hintFor(context.hints, path),
    }),
  ];
}

function withPlace(
  context: IssueContext,
  path: (string | number)[],
  rest: Pick<ContentProblem, 'message' | 'hint'>,
): ContentProblem {
  const line = context.source.lineOf(path);
  return {
    file: context.file,
    ...(line === undefined ? {} : { line }),
    ...(path.length ? { field: path.join('.') } : {}),
    ...rest,
  };
}

function pattern(path: readonly (string | number)[]): string {
  return path.map((key) => (typeof key === 'number' ? '*' : key)).join('.');
}

function hintFor(hints: Record<string, string>, path: (string | number)[]): { hint?: string } {
  // A bad list item falls back to the hint for the list itself.
  for (let end = path.length; end > 0; end--) {
    const hint = hints[pattern(path.slice(0, end))];
    if (hint) return { hint };
  }
  return {};
}

function allowedFields(hints: Record<string, string>, path: (string | number)[]): string | undefined {
  const prefix = pattern(path);
  const depth = path.length;
  const names = Object.keys(hints)
    .map((key) => key.split('.'))
    .filter((parts) => parts.length === depth + 1 && parts.slice(0, depth).join('.') === prefix)
    .map((parts) => parts[depth]);
  return names.length ? `едно от полетата ${names.join(', ')}` : undefined;
}

function valueAt(data: unknown, path: readonly (string | number)[]): unknown {
  let value = data;
  for (const key of path) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<string | number, unknown>)[key];
  }
  return value;
}
