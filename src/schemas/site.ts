import { z } from 'astro/zod';
import type { Language } from '../i18n/languages.ts';
import { languageSchema } from './translations.ts';
import { textSchema, urlSchema } from './text.ts';
import { refuseRepeats } from './unique-items.ts';


/** A text in each language of the site, e.g. `name: { bg: Клъстерни новини, en: Cluster News }`. */
const localizedText = (what: string) =>
  z.partialRecord(languageSchema, textSchema(what), { error: `очаква се група с по един ред на език, напр. „bg: …“: ${what}` });

/**
 * Who publishes the site and in which languages (`content/site.yaml`): what another
 * network of clusters changes, with `content/`, to publish its own archive.
 */
export const siteSchema = z
  .strictObject({
    /** Languages of the site, as codes with a dictionary in `src/i18n/`, e.g. `[bg, en]`. */
    languages: z
      .array(languageSchema, { error: 'очаква се списък с кодове на езици, напр. [bg, en]' })
      .min(1, { error: 'поне един език' })
      .superRefine(refuseRepeats((code) => code, (code) => `езикът „${code}“ е вписан два пъти`)),
    /** The language of the pages at the site's root; every other language lives under `/<code>/`. */
    defaultLanguage: languageSchema,
    /** The site's name, in the header, titles, feeds and cards. */
    name: localizedText('име на сайта'),
    /** One short line under the name: on the home page, in the footer and on the site's card. */
    tagline: localizedText('подзаглавие'),
    /** One or two sentences for search engines and link previews. */
    description: localizedText('описание на сайта'),
    /** Who publishes the archive: named in feeds, in structured data and in the footer. */
    publisher: z.strictObject({
      /** The publisher's name in each language. */
      name: localizedText('име на издателя'),
      /** The publisher's own site, when it has one. */
      url: urlSchema('Сайт на издателя').optional(),
    }),
  })
  .superRefine((site, context) => {
    if (!site.languages.includes(site.defaultLanguage)) {
      context.addIssue({ code: 'custom', path: ['defaultLanguage'], message: `езикът по подразбиране „${site.defaultLanguage}“ не е сред languages`, params: { hint: `defaultLanguage: ${site.languages[0]}` } });
    }
    const texts = { name: site.name, tagline: site.tagline, description: site.description } as Record<string, Partial<Record<Language, string>>>;
    for (const [field, text] of [...Object.entries(texts), ['publisher.name', site.publisher.name] as const]) {
      for (const language of site.languages) {
        if (text[language] !== undefined) continue;
        context.addIssue({
          code: 'custom',
          path: [...field.split('.')],
          message: `липсва текст на езика „${language}“`,
          params: { hint: `${language}: … (ред под ${field.split('.').at(-1)}:, с отстъп)` },
        });
      }
    }
  });

export type SiteData = z.output<typeof siteSchema>;
