import { z } from 'astro/zod';
import { textSchema, urlSchema } from './text.ts';

/** A Bulgarian cluster that publishes news (`content/clusters/<id>.yaml`). */
export const clusterSchema = z.strictObject({
  /** Full name, e.g. „Клъстер „София – град на знанието"". */
  name: textSchema('име'),
  /** Short name for tight places such as result cards, e.g. „София – град на знанието". */
  shortName: textSchema('кратко име'),
  /** Seat of the cluster in Bulgarian, when known. */
  city: textSchema('град').optional(),
  /** A few sentences about the cluster, drawn from its own posts. */
  description: textSchema('описание'),
  /** Address of the cluster's own site, when known. */
  website: urlSchema.optional(),
  /** Other spellings under which old pages name it, e.g. „ЕССР"; the importer recognises it by these. */
  aliases: z.array(textSchema('друго име'), { error: 'очаква се списък' }).default([]),
});

export type ClusterData = z.output<typeof clusterSchema>;
