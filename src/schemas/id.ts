import { z } from 'astro/zod';

/** Ids of clusters and partners, and slugs of posts: lower-case ASCII words joined by hyphens. */
export const ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** Schema for one id written in front matter to point at another entry. */
export const idSchema = z
  .string({ error: 'очаква се идентификатор (латиница, малки букви и тирета)' })
  .trim()
  .regex(ID_PATTERN, { error: 'идентификаторът може да съдържа само малки латински букви, цифри и тирета' });
