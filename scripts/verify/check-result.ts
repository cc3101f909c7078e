/** The outcome of one verification check: a one-line summary and, on failure, the details. */
export interface CheckResult {
  name: string;
  ok: boolean;
  summary: string;
  problems: string[];
}

export function result(name: string, problems: string[], summary: string): CheckResult {
  return { name, ok: problems.length === 0, summary, problems };
}
