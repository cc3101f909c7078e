import { z } from 'astro/zod';
import { clusterSchema } from '../../schemas/cluster.ts';
import type { EditorMeta } from '../../schemas/editor-meta.ts';
import { CLUSTER_FIELD_HINTS, NEWS_FIELD_HINTS, PARTNER_FIELD_HINTS } from '../../schemas/field-hints.ts';
import { createNewsSchema } from '../../schemas/news.ts';
import { partnerSchema } from '../../schemas/partner.ts';
import { listCountries } from './list-countries.ts';
import { NEWS_SLUG_TEMPLATE, postFileNameField } from './post-file-name-field.ts';

/** One field of the web editor's configuration (Sveltia CMS, Decap-compatible). */
export interface CmsField {
  name: string;
  label: string;
  widget: string;
  required?: boolean;
  hint?: string;
  [option: string]: unknown;
}

/** Where the editor commits, and what it offers beyond the schema. */
export interface CmsOptions {
  /** `owner/name` of the GitHub repository. */
  repo: string;
  branch: string;
  /** The site's address, with its base path, for the editor's „view site" link. */
  siteUrl: string;
  /** Topics already used in posts, offered in the topics field's hint, most used first. */
  topics: readonly string[];
  /** Address of an OAuth client for „Sign in with GitHub" (Sveltia CMS Authenticator), if the organisation runs one. */
  authUrl?: string;
  /** The site's languages besides the default one, for the clusters' and partners' names in them. */
  translationLanguages?: readonly string[];
}

type Schema = z.core.$ZodType;

const metaOf = (schema: Schema): EditorMeta | undefined => z.globalRegistry.get(schema as z.ZodType) as EditorMeta | undefined;

/** The schema inside optional, default and transform wrappers, the outermost metadata found on the way, and whether a value is required. */
function unwrap(schema: Schema): { inner: Schema; meta: EditorMeta; required: boolean } {
  let inner = schema;
  let meta: EditorMeta = {};
  let required = true;
  for (;;) {
    meta = { ...metaOf(inner), ...meta };
    const def = inner._zod.def as { type: string; innerType?: Schema; in?: Schema };
    if (def.type === 'optional' || def.type === 'default') {
      required = false;
      inner = def.innerType!;
    } else if (def.type === 'pipe') {
      inner = def.in!;
    } else {
      return { inner, meta, required };
    }
  }
}

/** What the field of `name` becomes in the editor, with `path` its place in the hints. */
function toField(name: string, schema: Schema, path: string, context: FieldContext): CmsField {
  const { hints } = context;
  const { inner, meta, required } = unwrap(schema);
  const def = inner._zod.def as { type: string; element?: Schema; shape?: Record<string, Schema>; entries?: Record<string, string>; keyType?: Schema; valueType?: Schema };
  if (!meta.label) throw new Error(`The field ${path} has no label for the web editor: give its schema .meta({ label })`);
  const hint = hints[path];
  const field: CmsField = { name, label: meta.label, widget: 'string', required, ...(hint ? { hint: `Пример: ${hint}` } : {}) };
  if (meta.widget === 'relation' && meta.collection) {
    return {
      ...field,
      widget: 'relation',
      collection: meta.collection,
      value_field: '{{slug}}',
      search_fields: meta.collection === 'clusters' ? ['name', 'shortName'] : ['name'],
      display_fields: meta.collection === 'clusters' ? ['shortName'] : ['name'],
      ...(def.type === 'array' ? { multiple: true } : {}),
    };
  }
  if (meta.widget === 'date') {
    // Stored as the same `YYYY-MM-DD` text the schema reads, with no time and no time zone.
    return { ...field, widget: 'datetime', type: 'date', format: 'YYYY-MM-DD' };
  }
  if (meta.widget === 'country') {
    return { ...field, widget: 'select', options: listCountries().map(({ code, name: label }) => ({ label, value: code })) };
  }
  if (meta.widget === 'image') return { ...field, widget: 'image', choose_url: false };
  if (meta.widget === 'text') return { ...field, widget: 'text' };
  switch (def.type) {
    case 'string':
      return field;
    case 'boolean':
      return { ...field, widget: 'boolean', default: false };
    case 'enum':
      return { ...field, widget: 'select', options: Object.values(def.entries!).map((value) => ({ label: meta.optionLabels?.[value] ?? value, value })) };
    case 'object':
      return { ...field, widget: 'object', fields: toFields(def.shape!, path, context) };
    case 'record': {
      // Texts in other languages (`translations`): a folded group per language, each optional.
      const languages = Object.values((unwrap(def.keyType!).inner._zod.def as unknown as { entries: Record<string, string> }).entries).filter((language) =>
        context.languages.includes(language),
      );
      const { shape } = unwrap(def.valueType!).inner._zod.def as unknown as { shape: Record<string, Schema> };
      const names = new Intl.DisplayNames('bg', { type: 'language' });
      return {
        ...field,
        widget: 'object',
        collapsed: true,
        fields: languages.map((language) => ({ name: language, label: names.of(language) ?? language, widget: 'object', required: false, collapsed: true, fields: toFields(shape, `${path}.${language}`, context) })),
      };
    }
    case 'array': {
      const item = unwrap(def.element!);
      const itemDef = item.inner._zod.def as { type: string; shape?: Record<string, Schema> };
      const singular = meta.itemLabel ? { label_singular: meta.itemLabel } : {};
      if (itemDef.type === 'object') return { ...field, ...singular, widget: 'list', fields: toFields(itemDef.shape!, `${path}.*`, context) };
      return { ...field, ...singular, widget: 'list', field: { ...toField(name, def.element!, `${path}.*`, context), label: item.meta.label ?? field.label } };
    }
    default:
      throw new Error(`The field ${path} is of a kind the web editor configuration does not know (${def.type})`);
  }
}

/** What every field of a collection is made with. */
interface FieldContext {
  /** Example lines per field path. */
  hints: Record<string, string>;
  /** The site's languages besides the default one: an entry's `translations` offers these. */
  languages: readonly string[];
}

function toFields(shape: Record<string, Schema>, prefix: string, context: FieldContext): CmsField[] {
  return Object.entries(shape).map(([name, schema]) => toField(name, schema, prefix ? `${prefix}.${name}` : name, context));
}

/** The fields of a collection's schema, in the schema's order. */
export function toCollectionFields(schema: Schema, hints: Record<string, string>, languages: readonly string[] = []): CmsField[] {
  const { shape } = unwrap(schema).inner._zod.def as unknown as { shape: Record<string, Schema> };
  return toFields(shape, '', { hints, languages });
}

/**
 * The web editor's configuration, derived from the content schemas: every field of the three
 * collections with its Bulgarian label, the hint the content check's messages give, required
 * or optional as in the schema, and a widget for its kind.
 */
export function makeCmsConfig(options: CmsOptions) {
  const newsFields = toCollectionFields(createNewsSchema(), NEWS_FIELD_HINTS).flatMap((field): CmsField[] => {
    if (field.name === 'title') return [field, postFileNameField];
    if (field.name === 'topics' && options.topics.length) return [{ ...field, hint: `Теми с малки букви. Вече използвани: ${options.topics.slice(0, 30).join(', ')}` }];
    return [field];
  });
  return {
    backend: { name: 'github', repo: options.repo, branch: options.branch, ...(options.authUrl ? { base_url: options.authUrl } : {}) },
    site_url: options.siteUrl,
    // An optional field left empty is left out, as the schema expects, not written as '' or null.
    output: { omit_empty_optional_fields: true },
    // Photos go beside the post that shows them, where the content check looks for them.
    media_folder: 'content/news',
    public_folder: '',
    // Only real photos of the event: no stock photos to pick from.
    media_libraries: { stock_assets: { providers: [] } },
    slug: { encoding: 'ascii', clean_accents: true, sanitize_replacement: '-' },
    collections: [
      {
        name: 'news',
        label: 'Новини',
        label_singular: 'новина',
        folder: 'content/news',
        extension: 'md',
        format: 'frontmatter',
        create: true,
        // The file name is fixed when the post is first saved: renaming it would move its page.
        slug: { template: NEWS_SLUG_TEMPLATE, editable: false },
        identifier_field: 'title',
        summary: '{{date}} — {{title}}',
        sortable_fields: { fields: ['date', 'title'], default: { field: 'date', direction: 'descending' } },
        media_folder: '',
        public_folder: '',
        fields: [...newsFields, { name: 'body', label: 'Текст на новината', widget: 'markdown', required: true, hint: 'Празен ред разделя абзаците.' }],
      },
      {
        name: 'clusters',
        label: 'Клъстери',
        label_singular: 'клъстер',
        folder: 'content/clusters',
        extension: 'yaml',
        format: 'yaml',
        create: true,
        slug: '{{shortName}}',
        identifier_field: 'name',
        fields: toCollectionFields(clusterSchema, CLUSTER_FIELD_HINTS, options.translationLanguages),
      },
      {
        name: 'partners',
        label: 'Партньори',
        label_singular: 'партньор',
        folder: 'content/partners',
        extension: 'yaml',
        format: 'yaml',
        create: true,
        slug: '{{name}}',
        identifier_field: 'name',
        fields: toCollectionFields(partnerSchema, PARTNER_FIELD_HINTS, options.translationLanguages),
      },
    ],
  };
}
