import { z } from 'astro/zod';
import type { EditorMeta } from './editor-meta.ts';
import { textSchema } from './text.ts';

/**
 * A post in another language (`content/translations/<language>/<slug>.md`): the texts of
 * the post whose file has the same name, and its body below the front matter. The facts
 * (dates, cluster, partners, place, people's names) stay in the original and are shown in
 * each language from there, so a translation cannot contradict them.
 */
export const translationSchema = z.strictObject({
  /** The title in the translation's language. */
  title: textSchema('заглавие'),
  /** One or two sentences, as the original's summary. */
  summary: textSchema('резюме', { widget: 'text' }),
  /** The event's name in the translation's language. */
  event: z.strictObject({
    /** Name of the event. */
    name: textSchema('име на събитието'),
  }).meta({ label: 'Събитие' } satisfies EditorMeta),
  /**
   * The people of the original, in its order: each one's role and organisation translated,
   * and the name as this language writes it where it differs (Димитър Филипов → Dimitar Filipov).
   */
  people: z
    .array(
      z.strictObject({
        /** The name in this language's script; left out, the original's (transliterated where Cyrillic). */
        name: textSchema('име на човек').optional(),
        /** Role or position in the translation's language. */
        role: textSchema('роля').optional(),
        /** Organisation in the translation's language. */
        organisation: textSchema('организация').optional(),
      }),
      { error: 'очаква се списък' },
    )
    .optional()
    .meta({ label: 'Участници', itemLabel: 'човек' } satisfies EditorMeta),
  /** The photos of the original, in its order: each one's description and caption translated. */
  images: z
    .array(
      z.strictObject({
        /** What the photo shows, in the translation's language. */
        alt: textSchema('описание на снимката (alt)'),
        /** The caption in the translation's language. */
        caption: textSchema('надпис под снимката').optional(),
      }),
      { error: 'очаква се списък' },
    )
    .optional()
    .meta({ label: 'Снимки', itemLabel: 'снимка' } satisfies EditorMeta),
});

export type TranslationData = z.output<typeof translationSchema>;
