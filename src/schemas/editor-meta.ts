/**
 * What the web editor (`/admin/`, configured by `src/lib/cms/`) shows for a field, kept on
 * the field's schema with zod's `.meta()`, so the schema stays the one definition of the
 * content model. Only fields whose kind the schema alone cannot tell need a `widget`: a
 * date is a string to zod, and so is a country code.
 */
export interface EditorMeta {
  /** Bulgarian label of the field. */
  label?: string;
  /** How the field is edited, when its schema type does not say. */
  widget?: 'text' | 'date' | 'country' | 'image' | 'relation';
  /** For `relation`: the collection whose ids the field holds. */
  collection?: 'clusters' | 'partners';
  /** For a list: what one item is called („човек", „тема"), for the editor's „Добави …" button. */
  itemLabel?: string;
  /** For an enum: the Bulgarian label of each value. */
  optionLabels?: Record<string, string>;
}

/** Upper-cases the first letter: `textSchema('заглавие')` is labelled „Заглавие". */
export const toLabel = (what: string) => what.charAt(0).toLocaleUpperCase('bg') + what.slice(1);
