import { z } from 'astro/zod';
import type { EditorMeta } from './editor-meta.ts';
import { textSchema, urlSchema } from './text.ts';
import { translationsSchema } from './translations.ts';

/** A Bulgarian cluster that publishes news (`content/clusters/<id>.yaml`). */
export const clusterSchema = z.strictObject({
  /** Full name, e.g. „Клъстер „София – град на знанието"". */
  name: textSchema('име'),
  /** Short name for tight places such as result cards, e.g. „София – град на знанието". */
  shortName: textSchema('кратко име'),
  /** Seat of the cluster in Bulgarian, when known. */
  city: textSchema('град').optional(),
  /** A few sentences about the cluster, drawn from its own posts. */
  description: textSchema('описание', { widget: 'text' }),
  /** Address of the cluster's own site, when known. */
  website: urlSchema('Сайт').optional(),
  /** Other spellings under which old pages name it, e.g. „ЕССР"; the importer recognises it by these. */
  aliases: z.array(textSchema('друго име'), { error: 'очаква се списък' }).default([]).meta({ label: 'Други изписвания', itemLabel: 'изписване' } satisfies EditorMeta),
  /** The cluster in the site's other languages, e.g. `en: { name: …, shortName: …, description: … }`; a name without one is transliterated. */
  translations: translationsSchema({
    /** Full name in that language. */
    name: textSchema('име'),
    /** Short name in that language. */
    shortName: textSchema('кратко име'),
    /** The description in that language. */
    description: textSchema('описание', { widget: 'text' }),
  }),
});

export type ClusterData = z.output<typeof clusterSchema>;
