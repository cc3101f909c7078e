import { distance } from 'fastest-levenshtein';
import { slugify } from '../slugify.ts';

/** An entry an id may point at: its id and the names it is known by. */
export interface NamedEntry {
  id: string;
  names: readonly string[];
}

/** Most ids named in one message. */
export const MAX_SUGGESTIONS = 5;

/**
 * The existing ids nearest to a mistyped one, nearest first, at most {@link MAX_SUGGESTIONS}.
 * What was written is compared, transliterated by the official system (so „хорус" meets
 * `chorus`), with each id and each transliterated name, whole and cut to the written
 * length or about it (so `chorus` and „хорус" meet `chorus-cluster`). Only near ids are offered: a typo, a
 * missing word, a name instead of an id.
 */
export function suggestIds(written: string, entries: readonly NamedEntry[]): string[] {
  const wanted = slugify(written);
  if (!wanted) return [];
  const scored = entries.map((entry) => {
    const terms = [entry.id, ...entry.names.map(slugify)].filter(Boolean);
    const score = Math.min(...terms.map((term) => scoreTerm(wanted, term)));
    return { id: entry.id, score };
  });
  const near = Math.max(2, Math.floor(wanted.length / 3));
  return scored
    .filter((candidate) => candidate.score <= near)
    .sort((a, b) => a.score - b.score || a.id.localeCompare(b.id))
    .slice(0, MAX_SUGGESTIONS)
    .map((candidate) => candidate.id);
}

/** The first `MAX_SUGGESTIONS` ids, and how many more there are, for a message. */
export function listSomeIds(ids: readonly string[]): string {
  const shown = ids.slice(0, MAX_SUGGESTIONS).join(', ');
  const more = ids.length - MAX_SUGGESTIONS;
  return more > 0 ? `${shown} и още ${more}` : shown;
}

/** Edit distance to the whole term, or one more than to its start of about the written length. */
function scoreTerm(wanted: string, term: string): number {
  let best = distance(wanted, term);
  for (let length = Math.max(1, wanted.length - 1); length <= wanted.length + 2 && length < term.length; length++) {
    best = Math.min(best, distance(wanted, term.slice(0, length)) + 1);
  }
  return best;
}
