import { z } from 'astro/zod';
import { describe, expect, it } from 'vitest';
import { makeCmsConfig, toCollectionFields, type CmsField } from '../../../src/lib/cms/make-cms-config.ts';
import { POST_FILE_NAME_FIELD } from '../../../src/lib/cms/post-file-name-field.ts';
import { clusterSchema } from '../../../src/schemas/cluster.ts';
import { EVENT_KINDS } from '../../../src/schemas/event-kinds.ts';
import { createNewsSchema } from '../../../src/schemas/news.ts';
import { partnerSchema } from '../../../src/schemas/partner.ts';

const config = makeCmsConfig({ repo: 'klasteri/novini', branch: 'main', siteUrl: 'https://klasteri.example/', topics: ['кръгова икономика', 'interreg'], translationLanguages: ['en'] });
const collection = (name: string) => config.collections.find((entry) => entry.name === name)!;

/** Every field path of a schema, walking objects and lists of objects as the editor does. */
function schemaPaths(schema: z.core.$ZodType, prefix = ''): string[] {
  let inner = schema;
  for (;;) {
    const def = inner._zod.def as { type: string; innerType?: z.core.$ZodType; in?: z.core.$ZodType };
    if (def.type === 'optional' || def.type === 'default') inner = def.innerType!;
    else if (def.type === 'pipe') inner = def.in!;
    else break;
  }
  const def = inner._zod.def as { type: string; shape?: Record<string, z.core.$ZodType>; element?: z.core.$ZodType; valueType?: z.core.$ZodType };
  // Texts in other languages: a group per language of the site's (English here).
  if (def.type === 'record') return [`${prefix}en`, ...schemaPaths(def.valueType!, `${prefix}en.`)];
  if (def.type === 'object') return Object.entries(def.shape!).flatMap(([name, field]) => [`${prefix}${name}`, ...schemaPaths(field, `${prefix}${name}.`)]);
  if (def.type === 'array') return schemaPaths(def.element!, prefix);
  return [];
}

/** Every field path of the editor's configuration. */
function editorPaths(fields: readonly CmsField[], prefix = ''): string[] {
  return fields.flatMap((field) => [`${prefix}${field.name}`, ...editorPaths((field.fields as CmsField[] | undefined) ?? [], `${prefix}${field.name}.`)]);
}

describe('the web editor configuration', () => {
  it.each([
    ['news', createNewsSchema()],
    ['clusters', clusterSchema],
    ['partners', partnerSchema],
  ] as const)('has an editor field for every field of the %s schema, and no other', (name, schema) => {
    // The body is the Markdown below the front matter; the file name is removed before saving.
    const fields = collection(name).fields.filter((field) => field.name !== 'body' && field.name !== POST_FILE_NAME_FIELD);
    expect(editorPaths(fields).sort()).toEqual(schemaPaths(schema).sort());
  });

  it('names a new post’s file from the title by the site’s own transliteration, in a field never saved', () => {
    const news = collection('news');
    expect(news.fields.map((field) => field.name).slice(0, 2)).toEqual(['title', POST_FILE_NAME_FIELD]);
    expect(news.slug).toEqual({ template: `{{fields.${POST_FILE_NAME_FIELD} | default('{{title}}')}}`, editable: false });
    expect(createNewsSchema().safeParse({ [POST_FILE_NAME_FIELD]: 'x' }).error?.issues.some((issue) => issue.code === 'unrecognized_keys')).toBe(true);
  });

  it('fails to build for a schema field without a Bulgarian label, naming it', () => {
    const unlabelled = z.strictObject({ title: z.string() });
    expect(() => toCollectionFields(unlabelled, {})).toThrow(/title has no label/);
  });

  it('marks fields required exactly as the schema does, with the hints of the content check', () => {
    const fields = Object.fromEntries(collection('news').fields.map((field) => [field.name, field]));
    expect(Object.entries(fields).filter(([, field]) => field.required).map(([name]) => name)).toEqual(['title', 'date', 'summary', 'cluster', 'event', 'body']);
    expect(fields.title!.hint).toBe('Пример: title: "Среща с гръцкия Клъстер CHORUS в Солун"');
    const event = Object.fromEntries((fields.event!.fields as CmsField[]).map((field) => [field.name, field]));
    expect(event.end!.required).toBe(false);
    expect(event.start!.required).toBe(true);
  });

  it('edits dates as dates stored as YYYY-MM-DD, kinds and countries as lists of Bulgarian names storing ids', () => {
    const news = Object.fromEntries(collection('news').fields.map((field) => [field.name, field]));
    expect(news.date).toMatchObject({ widget: 'datetime', type: 'date', format: 'YYYY-MM-DD', label: 'Дата на публикуване' });
    const event = Object.fromEntries((news.event!.fields as CmsField[]).map((field) => [field.name, field]));
    expect(event.kind!.options).toEqual(Object.entries(EVENT_KINDS).map(([value, label]) => ({ label, value })));
    const countries = event.country!.options as { label: string; value: string }[];
    expect(countries).toContainEqual({ label: 'Гърция', value: 'GR' });
    expect(countries).toContainEqual({ label: 'Европейски съюз', value: 'EU' });
    expect(countries.length).toBeGreaterThan(240);
  });

  it('chooses the cluster and partners from their collections by name, storing the ids', () => {
    const news = Object.fromEntries(collection('news').fields.map((field) => [field.name, field]));
    expect(news.cluster).toMatchObject({ widget: 'relation', collection: 'clusters', value_field: '{{slug}}', display_fields: ['shortName'] });
    expect(news.partners).toMatchObject({ widget: 'relation', collection: 'partners', value_field: '{{slug}}', multiple: true });
    expect(news.people).toMatchObject({ widget: 'list', label_singular: 'човек' });
    expect((news.people!.fields as CmsField[]).map((field) => field.name)).toEqual(['name', 'role', 'organisation']);
    expect(news.topics!.hint).toContain('кръгова икономика, interreg');
    expect(news.draft).toMatchObject({ widget: 'boolean', default: false });
  });

  it('commits to the repository and branch it is given, photos beside the posts, and leaves empty optional fields out', () => {
    expect(config.backend).toEqual({ name: 'github', repo: 'klasteri/novini', branch: 'main' });
    const withSignIn = makeCmsConfig({ repo: 'klasteri/novini', branch: 'main', siteUrl: 'https://klasteri.example/', topics: [], authUrl: 'https://auth.klasteri.workers.dev' });
    expect(withSignIn.backend).toEqual({ name: 'github', repo: 'klasteri/novini', branch: 'main', base_url: 'https://auth.klasteri.workers.dev' });
    expect(collection('news')).toMatchObject({ folder: 'content/news', media_folder: '', public_folder: '' });
    expect(config.output).toEqual({ omit_empty_optional_fields: true });
    // Real photos of the event only: no stock photo library, no photo from an address.
    expect(config.media_libraries).toEqual({ stock_assets: { providers: [] } });
    const images = collection('news').fields.find((field) => field.name === 'images')!;
    expect((images.fields as CmsField[]).find((field) => field.name === 'src')).toMatchObject({ widget: 'image', choose_url: false, required: true });
  });
});
