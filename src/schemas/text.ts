import { z } from 'astro/zod';

/** A required, non-empty, trimmed string; `what` names the field in Bulgarian for error messages. */
export const textSchema = (what: string) =>
  z.string({ error: `очаква се текст: ${what}` }).trim().min(1, { error: `празно поле: ${what}` });

/** An absolute http(s) address. */
export const urlSchema = z.url({
  protocol: /^https?$/,
  error: 'очаква се пълен адрес, започващ с https://',
});
