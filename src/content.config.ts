import { defineCollection, reference } from 'astro:content';
import { clusterSchema } from './schemas/cluster.ts';
import { createImagesSchema, createNewsSchema } from './schemas/news.ts';
import { partnerSchema } from './schemas/partner.ts';
import { translationSchema } from './schemas/translation.ts';
import type { ReferenceFactory } from './schemas/reference.ts';
import { contentLoader } from './loaders/content-loader.ts';

/**
 * Astro calls a collection's schema function for every entry it parses, to bind `image()`
 * to that entry's file. Only the photos need it: the rest of the schema is built once and
 * extended, instead of built again for every post.
 */
const newsSchema = createNewsSchema(reference as unknown as ReferenceFactory);

const news = defineCollection({
  loader: contentLoader('news'),
  schema: ({ image }) => newsSchema.extend({ images: createImagesSchema(image) }),
});

const clusters = defineCollection({
  loader: contentLoader('clusters'),
  schema: clusterSchema,
});

const partners = defineCollection({
  loader: contentLoader('partners'),
  schema: partnerSchema,
});

/** Posts in the site's other languages, ids `<language>/<slug>` (see `translationSchema`). */
const translations = defineCollection({
  loader: contentLoader('translations'),
  schema: translationSchema,
});

export const collections = { news, clusters, partners, translations };
