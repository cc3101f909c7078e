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

/** One line per problem: `file:line: поле „x“: what is wrong. Напишете: example`. */
export function formatProblem(problem: ContentProblem): string {
  const place = problem.line === undefined ? problem.file : `${problem.file}:${problem.line}`;
  const field = problem.field ? ` поле „${problem.field}“:` : '';
  const hint = problem.hint ? ` Напишете: ${problem.hint}` : '';
  return `${place}:${field} ${problem.message}.${hint}`;
}

/** The report printed when content has problems: a heading, then one line each. */
export function formatProblemReport(problems: readonly ContentProblem[]): string {
  const count = problems.length === 1 ? '1 проблем' : `${problems.length} проблема`;
  return [`Съдържанието има ${count}; сайтът не е построен:`, ...problems.map(formatProblem)].join(
    '\n',
  );
}

/** Thrown when content cannot be built; its message is the whole report. */
export class ContentError extends Error {
  readonly problems: readonly ContentProblem[];

  constructor(problems: readonly ContentProblem[]) {
    super(formatProblemReport(problems));
    this.name = 'ContentError';
    this.problems = problems;
  }
}
