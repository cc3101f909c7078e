import { z } from 'astro/zod';
import { findInvisible, textSchema, urlSchema } from './text.ts';
import { countryCodeSchema } from './country-code.ts';
import type { EditorMeta } from './editor-meta.ts';
import { EVENT_KIND_IDS, EVENT_KINDS } from './event-kinds.ts';
import { isoDateSchema } from './iso-date.ts';
import { plainReference, type ReferenceFactory } from './reference.ts';
import { refuseRepeats } from './unique-items.ts';
import { slugify } from '../lib/slugify.ts';
import { isBulgarianText, typesetBulgarian } from '../lib/typography/bulgarian-typography.ts';

/** Bulgarian prose fields are shown in Bulgarian typography („…“, dashes) whatever quotes and hyphens the file uses; text in Latin letters is left as written. */
const typeset = (text: string) => (isBulgarianText(text) ? typesetBulgarian(text) : text);

/** The event a post reports: what happened, when and where. */
export const eventSchema = z
  .object({
    /** Name of the event as the post gives it, e.g. „EU-Canada Cluster Matchmaking Event 2019". */
    name: textSchema('име на събитието').transform(typeset),
    /** Kind of event; one of the ids in `EVENT_KINDS`, shown with its Bulgarian label. */
    kind: z
      .enum(EVENT_KIND_IDS, {
        error: `непознат вид събитие; възможни стойности: ${EVENT_KIND_IDS.join(', ')}`,
      })
      .meta({ label: 'Вид събитие', optionLabels: EVENT_KINDS } satisfies EditorMeta),
    /** First day of the event (`YYYY-MM-DD`). */
    start: isoDateSchema.meta({ label: 'Първи ден', widget: 'date' } satisfies EditorMeta),
    /** Last day of a multi-day event (`YYYY-MM-DD`); left out for a one-day event. */
    end: isoDateSchema.meta({ label: 'Последен ден (за многодневно събитие)', widget: 'date' } satisfies EditorMeta).optional(),
    /** City in Bulgarian, as readers know it, e.g. „Солун". */
    city: textSchema('град'),
    /** Country as an ISO 3166-1 alpha-2 code (`GR`, `BE`); the site shows its Bulgarian name. */
    country: countryCodeSchema.meta({ label: 'Държава', widget: 'country' } satisfies EditorMeta),
  })
  .refine((event) => event.end === undefined || event.end >= event.start, {
    error: 'краят на събитието е преди началото му',
    path: ['end'],
  })
  .meta({ label: 'Събитие' } satisfies EditorMeta);

/** A person the post names, with what they do and for whom. */
export const personSchema = z.strictObject({
  /** Full name as written in the post. */
  name: textSchema('име на човек'),
  /** Role or position, e.g. „член на Управителния съвет". */
  role: textSchema('роля').optional(),
  /** Organisation the person represents. */
  organisation: textSchema('организация').optional(),
});

/** An image path as written; Astro's `image()` takes its place inside the site. */
const plainImage = () => textSchema('снимка', { widget: 'image' });

/** A photo that belongs to the post; `image` builds the schema of its path. */
export const createImageSchema = <I extends z.ZodType>(image: () => I) => z.strictObject({
  /** Path of the image file, relative to the post, e.g. `./sreshta.jpg`. */
  src: image(),
  /** What the photo shows, for readers who cannot see it; required. */
  alt: textSchema('описание на снимката (alt)'),
  /** Optional caption shown under the photo. */
  caption: textSchema('надпис под снимката').optional(),
});

/** The post's photos: a list of `createImageSchema` items, empty when not given. */
export const createImagesSchema = <I extends z.ZodType>(image: () => I) =>
  z
    .array(createImageSchema(image), { error: 'очаква се списък' })
    .superRefine(refuseRepeats((photo) => JSON.stringify((photo as { src: unknown }).src), () => 'същата снимка е описана два пъти'))
    .default([])
    .meta({ label: 'Снимки', itemLabel: 'снимка' } satisfies EditorMeta);

/** A topic: a page of its own, so its address (the transliterated topic) must not be empty. */
// A topic of invisible characters alone is named as such, once.
const topicSchema = textSchema('тема').refine((topic) => findInvisible(topic) !== undefined || slugify(topic) !== '', {
  error: 'темата трябва да съдържа поне една буква на кирилица или латиница или цифра',
});

/** Where the post was first published. */
export const sourceSchema = z.strictObject({
  /** Name of the site or publication the text came from. */
  name: textSchema('име на източника'),
  /** Address of the original page, when known. */
  url: urlSchema('Адрес на страницата').optional(),
});

/**
 * Front matter of a news post (`content/news/*.md`).
 * `reference` turns cluster and partner ids into references and `image` image paths
 * into images: Astro's `reference()` and `image()` inside the site, plain ids and paths
 * in scripts and tests.
 */
export function createNewsSchema<I extends z.ZodType = ReturnType<typeof plainImage>>(
  reference: ReferenceFactory = plainReference,
  image: () => I = plainImage as unknown as () => I,
) {
  return z.strictObject({
    /** Headline of the post; shown in Bulgarian typography („…“, dashes) whatever the file uses. */
    title: textSchema('заглавие').transform(typeset),
    /** Publication date (`YYYY-MM-DD`); posts are listed newest first by it. */
    date: isoDateSchema.meta({ label: 'Дата на публикуване', widget: 'date' } satisfies EditorMeta),
    /** One or two sentences for lists, feeds and the page description. */
    summary: textSchema('резюме', { widget: 'text' }).max(400, { error: 'резюмето е по-дълго от 400 знака' }).transform(typeset),
    /** Id of the cluster that published the post (a file name in `content/clusters/`). */
    cluster: reference('clusters').meta({ label: 'Клъстер', widget: 'relation', collection: 'clusters' } satisfies EditorMeta),
    /** Ids of the partner organisations the post reports on (file names in `content/partners/`). */
    partners: z
      .array(reference('partners'), { error: 'очаква се списък' })
      .superRefine(refuseRepeats((partner) => partner.id, (partner) => `партньорът „${partner.id}“ е записан два пъти`))
      .default([])
      .meta({ label: 'Партньори', widget: 'relation', collection: 'partners' } satisfies EditorMeta),
    /** The event the post reports. */
    event: eventSchema,
    /** People the post names, in the order it names them. */
    people: z
      .array(personSchema, { error: 'очаква се списък' })
      .superRefine(refuseRepeats((person) => person.name, (person) => `„${person.name}“ е в списъка с хора два пъти`))
      .default([])
      .meta({ label: 'Хора', itemLabel: 'човек' } satisfies EditorMeta),
    /** Topics in Bulgarian, written as in a sentence: lower case, names and acronyms as they are („кръгова икономика", „CETA"); each gets a topic page. */
    // Two spellings of one topic („Interreg“, „interreg“) would share one topic page.
    topics: z
      .array(topicSchema, { error: 'очаква се списък' })
      .superRefine(refuseRepeats(slugify, (topic) => `темата „${topic}“ е записана два пъти (или два пъти с различно изписване)`))
      .default([])
      .meta({ label: 'Теми', itemLabel: 'тема' } satisfies EditorMeta),
    /** Photos of the event; every one needs alt text. */
    images: createImagesSchema(image),
    /** Where the text was first published. */
    source: sourceSchema.meta({ label: 'Източник' } satisfies EditorMeta).optional(),
    /** A draft is built nowhere: no page, list, feed or search entry. */
    draft: z.boolean({ error: 'очаква се true или false' }).default(false).meta({ label: 'Чернова (не се публикува)' } satisfies EditorMeta),
  });
}

type PlainNewsData = z.output<ReturnType<typeof createNewsSchema<ReturnType<typeof plainImage>>>>;
type PlainImage = PlainNewsData['images'][number];

/**
 * Parsed front matter of a news post. `Src` is what an image path became: the path
 * itself in scripts, image metadata inside the site.
 */
export type NewsData<Src = string> = Omit<PlainNewsData, 'images'> & {
  images: (Omit<PlainImage, 'src'> & { src: Src })[];
};
/** Front matter of a news post as written in the file. */
export type NewsInput = z.input<ReturnType<typeof createNewsSchema<ReturnType<typeof plainImage>>>>;
