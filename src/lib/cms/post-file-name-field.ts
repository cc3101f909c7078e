/**
 * The one field of the web editor that is not in the schema. Sveltia CMS names a new file
 * from a slug template and transliterates Cyrillic with its own table (Среща → srescha),
 * with no hook for another one; the official system the site uses everywhere else (Среща
 * → sreshta) can only reach the file name through a field the template reads. This field
 * is that bridge: the browser computes it from the title (`src/browser/cms-post-file-name.ts`),
 * the slug template uses it, and it is removed from the data before the file is written.
 */
export const POST_FILE_NAME_FIELD = 'fileName';

/** The custom field type (widget) that fills {@link POST_FILE_NAME_FIELD}. */
export const POST_FILE_NAME_WIDGET = 'post-file-name';

/** Its place in the news form: right under the title it is made from. */
export const postFileNameField = {
  name: POST_FILE_NAME_FIELD,
  label: 'Файл на новината',
  widget: POST_FILE_NAME_WIDGET,
  required: false,
  hint: 'Образува се сам от заглавието по официалната транслитерация и става адресът на новината. Не се записва в новината.',
} as const;

/**
 * The news collection's slug template: the computed name, or (should the field not have
 * been drawn) the title as Sveltia CMS transliterates it, never a random id.
 */
export const NEWS_SLUG_TEMPLATE = `{{fields.${POST_FILE_NAME_FIELD} | default('{{title}}')}}`;
