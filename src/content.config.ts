import { defineCollection, reference } from 'astro:content';
import { clusterSchema } from './schemas/cluster.ts';
import { createNewsSchema } from './schemas/news.ts';
import { partnerSchema } from './schemas/partner.ts';
import type { ReferenceFactory } from './schemas/reference.ts';
import { contentLoader } from './loaders/content-loader.ts';

const news = defineCollection({
  loader: contentLoader('news'),
  schema: ({ image }) => createNewsSchema(reference as unknown as ReferenceFactory, image),
});

const clusters = defineCollection({
  loader: contentLoader('clusters'),
  schema: clusterSchema,
});

const partners = defineCollection({
  loader: contentLoader('partners'),
  schema: partnerSchema,
});

export const collections = { news, clusters, partners };
