/**
 * Whether `a` becomes `b` by exactly one edit: a letter added, removed or replaced, or two
 * neighbouring letters swapped (the Damerau rule: a swap is the commonest slip in typing).
 * Written here because distance libraries (`fastest-levenshtein`, used elsewhere) count a
 * swap as two edits, and computing a whole distance matrix per word of a vocabulary is more
 * than a yes-or-no for one edit needs: this walks the two words once.
 */
export function isOneEditAway(a: string, b: string): boolean {
  if (a === b) return false;
  const x = [...a];
  const y = [...b];
  if (Math.abs(x.length - y.length) > 1) return false;
  let start = 0;
  while (start < x.length && start < y.length && x[start] === y[start]) start++;
  let endX = x.length;
  let endY = y.length;
  while (endX > start && endY > start && x[endX - 1] === y[endY - 1]) {
    endX--;
    endY--;
  }
  const differX = endX - start;
  const differY = endY - start;
  // What differs once the shared start and end are set aside: one letter, or none against one.
  if (differX <= 1 && differY <= 1) return true;
  // Two neighbours swapped: „солну" and „солун".
  return differX === 2 && differY === 2 && x[start] === y[start + 1] && x[start + 1] === y[start];
}
