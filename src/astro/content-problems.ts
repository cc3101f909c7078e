import type { ContentProblem } from '../lib/content/problem.ts';

/**
 * The content problems the dev server's loaders found last, by collection. The loaders run
 * in Astro's own module graph and the middleware in Vite's, so the store is kept on
 * `globalThis`, which the two share in the one dev-server process.
 */
const STORE = Symbol.for('cluster-news.content-problems');

type Store = Map<string, readonly ContentProblem[]>;

function store(): Store {
  const shared = globalThis as typeof globalThis & { [STORE]?: Store };
  shared[STORE] ??= new Map();
  return shared[STORE];
}

/** Records what a collection's last read found; none clears it. */
export function setContentProblems(collection: string, problems: readonly ContentProblem[]): void {
  if (problems.length) store().set(collection, problems);
  else store().delete(collection);
}

/** Every problem the dev server's content has now. */
export function getContentProblems(): ContentProblem[] {
  return [...store().values()].flat();
}
