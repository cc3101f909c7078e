import { z } from 'astro/zod';

/** Ids of clusters and partners, and slugs of posts: lower-case ASCII words joined by hyphens. */
export const ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** Schema for one id written in front matter to point at another entry; whether it names one is checked apart. */
export const referenceSchema = z
  .string({ error: 'очаква се идентификатор (латиница, малки букви и тирета)' })
  .trim()
  .min(1, { error: 'празно поле: идентификатор' });
