import { z } from 'astro/zod';
import { LANGUAGE_CODES } from '../i18n/languages.ts';

/** A language code of the interface's dictionaries (`src/i18n/`), as written in content. */
export const languageSchema = z.enum(LANGUAGE_CODES, {
  error: `непознат език; възможни стойности: ${LANGUAGE_CODES.join(', ')}`,
});

/**
 * An entry's texts in other languages, by language code: optional, and each language's
 * group has the fields of `shape`, e.g. `translations: { en: { name: European Commission } }`.
 */
export const translationsSchema = <S extends z.core.$ZodLooseShape>(shape: S) =>
  z
    .partialRecord(languageSchema, z.strictObject(shape), { error: 'очаква се група с по един език, напр. „en:“ и под него полетата с отстъп' })
    .default({})
    .meta({ label: 'Преводи' });
