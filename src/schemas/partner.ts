import { z } from 'astro/zod';
import { textSchema, urlSchema } from './text.ts';
import { translationsSchema } from './translations.ts';
import { countryCodeSchema } from './country-code.ts';
import type { EditorMeta } from './editor-meta.ts';
import { PARTNER_KIND_IDS, PARTNER_KINDS } from './partner-kinds.ts';

/** An organisation the clusters meet (`content/partners/<id>.yaml`). */
export const partnerSchema = z.strictObject({
  /** Name as the organisation writes it. */
  name: textSchema('име'),
  /** Home country as an ISO 3166-1 alpha-2 code; `EU` for European bodies and networks. */
  country: countryCodeSchema.meta({ label: 'Държава', widget: 'country' } satisfies EditorMeta),
  /** What sort of organisation it is; one of the ids in `PARTNER_KINDS`. */
  kind: z
    .enum(PARTNER_KIND_IDS, {
      error: `непознат вид организация; възможни стойности: ${PARTNER_KIND_IDS.join(', ')}`,
    })
    .meta({ label: 'Вид организация', optionLabels: PARTNER_KINDS } satisfies EditorMeta),
  /** Address of the organisation's site, when known. */
  website: urlSchema('Сайт').optional(),
  /** Other spellings under which old pages name it, e.g. „ЕССР"; the importer recognises it by these. */
  aliases: z.array(textSchema('друго име'), { error: 'очаква се списък' }).default([]).meta({ label: 'Други изписвания', itemLabel: 'изписване' } satisfies EditorMeta),
  /** The name in the site's other languages where it differs, e.g. `en: { name: European Commission }`. */
  translations: translationsSchema({
    /** Name in that language. */
    name: textSchema('име'),
  }),
});

export type PartnerData = z.output<typeof partnerSchema>;
