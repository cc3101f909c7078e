import { z } from 'astro/zod';
import { referenceSchema } from './id.ts';

/** The collections a news post can point at. */
export type ReferencedCollection = 'clusters' | 'partners';

/** What a reference becomes once parsed: the same shape Astro's `reference()` yields. */
export interface EntryReference<C extends ReferencedCollection = ReferencedCollection> {
  collection: C;
  id: string;
}

/** Builds the schema of one reference; Astro's `reference` and {@link plainReference} both fit. */
export type ReferenceFactory = <C extends ReferencedCollection>(
  collection: C,
) => z.ZodType<EntryReference<C>, string>;

/**
 * A reference outside Astro (scripts, tests): any text, since whether it names an entry is
 * checked across collections by `checkContent`, which answers a name written in Cyrillic
 * or with capitals (`София`, `CHORUS`) with the nearest ids instead of a rule about their form.
 * The object is built as Astro's `reference()` builds it, keys in the same order: the
 * content loader stores what the check parsed (see `storeEntries`), and page cache keys
 * are made from the stored data.
 */
export const plainReference: ReferenceFactory = (collection) =>
  referenceSchema.transform((id) => ({ id, collection }));
