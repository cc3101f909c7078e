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
  const params = (issue.code === 'custom' ? issue.params : undefined) as { hint?: string; value?: string } | undefined;
  const key = path.at(-1);
  return [
    withPlace(context, path, {
      message: missing ? 'липсва задължителното поле' : inBulgarian(issue),
      // A value the check could work out (a date in another form) is offered as the fix itself.
      ...(params?.value && typeof key === 'string'
        ? { hint: `${key}: ${params.value}` }
        : params?.hint
          ? { hint: params.hint }
          : hintFor(context.hints, path)),
    }),
  ];
}

/** Names of the value types a field can be given, as an editor would call them. */
const TYPE_NAMES: Record<string, string> = {
  string: 'текст',
  number: 'число',
  boolean: 'true или false',
  array: 'списък',
  object: 'група от полета с отстъп под името на полето',
};

/**
 * The issue's message, or a Bulgarian one for the checks that carry none of their own
 * (zod's default messages are English): every schema check in `src/schemas/` should name
 * its error, and this is the net under the ones that do not.
 */
function inBulgarian(issue: z.core.$ZodIssue): string {
  if (/[а-яА-Я]/.test(issue.message)) return issue.message;
  if (issue.code === 'invalid_type') return `очаква се ${TYPE_NAMES[issue.expected] ?? 'друг вид стойност'}`;
  if (issue.code === 'too_big') return `стойността е твърде дълга (най-много ${String(issue.maximum)})`;
  if (issue.code === 'too_small') return 'стойността е твърде кратка';
  return 'стойността не е приемлива';
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

/** The value at a field path of parsed data, or undefined. */
export function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
  let value = data;
  for (const key of path) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<PropertyKey, unknown>)[key];
  }
  return value;
}
