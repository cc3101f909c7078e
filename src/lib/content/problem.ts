/** One thing wrong in one content file, phrased for an editor. */
export interface ContentProblem {
  /** Path of the file relative to the project root, with forward slashes. */
  file: string;
  /** 1-based line in the file, when it can be told. */
  line?: number;
  /** Field path as written in the file, e.g. `event.start` or `people.2.name`. */
  field?: string;
  /** What is wrong, in Bulgarian. */
  message: string;
  /** What to write instead, in Bulgarian, as an example line when there is one. */
  hint?: string;
}

/**
 * A field path as an editor reads it: `event.end` stays as written, a list position is
 * counted from one and put after the list (`partners.0` → „partners“ № 1, `people.2.name`
 * → „name“ на people № 3).
 */
export function describeField(field: string): string {
  const parts = field.split('.');
  const last = parts.findLastIndex((part) => /^\d+$/.test(part));
  if (last === -1) return `„${field}“`;
  const list = describeField(parts.slice(0, last).join('.'));
  const position = `${list} № ${Number(parts[last]) + 1}`;
  const rest = parts.slice(last + 1).join('.');
  return rest ? `„${rest}“ на ${position.replace(/„|“/g, '')}` : position;
}

/** One line per problem: `file:line: поле „x“: what is wrong. Напишете: example`. */
export function formatProblem(problem: ContentProblem): string {
  const place = problem.line === undefined ? problem.file : `${problem.file}:${problem.line}`;
  const field = problem.field ? ` поле ${describeField(problem.field)}:` : '';
  return `${place}:${field} ${describeProblem(problem)}`;
}

/** What is wrong and what to write, as sentences: `message. Напишете: hint`. */
function describeProblem(problem: ContentProblem): string {
  const hint = problem.hint ? ` Напишете: ${problem.hint}` : '';
  // A message that asks („може би chorus-cluster?“) ends with its own mark.
  const end = /[?!.]$/.test(problem.message) ? '' : '.';
  return `${problem.message}${end}${hint}`;
}

/** Escapes text for a GitHub Actions workflow command (its data, or with `property` one of its properties). */
function escapeWorkflowCommand(text: string, property = false): string {
  const escaped = text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
  return property ? escaped.replace(/:/g, '%3A').replace(/,/g, '%2C') : escaped;
}

/**
 * The problem as a GitHub Actions `::error` workflow command: in a pull request or push, GitHub
 * shows the message on the line of the file, where the editor looks.
 */
export function formatAnnotation(problem: ContentProblem): string {
  const place = [`file=${escapeWorkflowCommand(problem.file, true)}`, ...(problem.line === undefined ? [] : [`line=${problem.line}`]), `title=${escapeWorkflowCommand(problem.field ? `Поле ${describeField(problem.field)}` : 'Съдържание', true)}`];
  return `::error ${place.join(',')}::${escapeWorkflowCommand(describeProblem(problem))}`;
}

/** How many problems, in Bulgarian. */
export function countProblems(count: number): string {
  return count === 1 ? '1 проблем' : `${count} проблема`;
}

/**
 * The report printed when content has problems: one line each, then one sentence. The
 * content check and the build print the same report for the same folder.
 */
export function formatProblemReport(problems: readonly ContentProblem[], ending: string): string {
  return [...problems.map(formatProblem), '', `${countProblems(problems.length)} в съдържанието; ${ending}`].join('\n');
}

/** Thrown when content cannot be built; its message is the whole report. */
export class ContentError extends Error {
  readonly problems: readonly ContentProblem[];

  constructor(problems: readonly ContentProblem[]) {
    super(formatProblemReport(problems, 'сайтът не е построен.'));
    this.name = 'ContentError';
    this.problems = problems;
  }
}
