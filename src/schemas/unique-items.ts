import type { z } from 'astro/zod';

/**
 * A check for a list that names each thing once: the second mention of the same key is
 * refused, pointing at it. `describe` says, in Bulgarian, what is repeated.
 */
export function refuseRepeats<T>(keyOf: (item: T) => string, describe: (item: T) => string) {
  return (items: T[], context: z.RefinementCtx) => {
    const seen = new Set<string>();
    items.forEach((item, index) => {
      const key = keyOf(item);
      if (!seen.has(key)) {
        seen.add(key);
        return;
      }
      context.addIssue({
        code: 'custom',
        path: [index],
        message: describe(item),
        params: { hint: 'махнете повторението' },
      });
    });
  };
}
