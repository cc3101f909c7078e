import { z } from 'astro/zod';
import { toLabel, type EditorMeta } from './editor-meta.ts';

/**
 * Characters no reader can see that change what a text is: control characters, zero-width
 * spaces and joiners, direction marks, the soft hyphen, the byte-order mark and the
 * replacement character left by a wrong encoding. Pasted from Word or a web page, they make
 * a topic or a name that looks like another one but is not, or one that looks empty.
 */
const INVISIBLE = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u00ad\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff\ufffd]/u;

/** Bulgarian names of the invisible characters editors meet most, by code point. */
const INVISIBLE_NAMES: Record<number, string> = {
  0x09: 'табулация',
  0xad: 'меко тире',
  0x200b: 'интервал с нулева ширина',
  0x200c: 'невидим разделител',
  0x200d: 'невидим съединител',
  0x200e: 'знак за посока',
  0x200f: 'знак за посока',
  0x2060: 'невидим съединител',
  0xfeff: 'невидим знак за кодиране',
  0xfffd: 'знак „�“ от грешно кодиране',
};

/** The first invisible character in `value`, described for an editor, or undefined. */
export function findInvisible(value: string): string | undefined {
  const match = INVISIBLE.exec(value);
  if (!match) return undefined;
  const code = match[0].codePointAt(0)!;
  const hex = `U+${code.toString(16).toUpperCase().padStart(4, '0')}`;
  const name = INVISIBLE_NAMES[code] ?? 'невидим управляващ знак';
  return `${name} (${hex}) на ${match.index + 1}-ия знак`;
}

/**
 * A required, non-empty, trimmed string; `what` names the field in Bulgarian, for error
 * messages and, capitalised, as its label in the web editor.
 */
export const textSchema = (what: string, meta: EditorMeta = {}) =>
  z
    .string({ error: `очаква се текст: ${what}` })
    // JavaScript's trim() keeps zero-width spaces, so they are judged below, not trimmed.
    // A line break is allowed: a long summary may be written over several lines.
    .trim()
    .min(1, { error: `празно поле: ${what}` })
    .superRefine((value, context) => {
      const invisible = findInvisible(value);
      if (invisible) {
        context.addIssue({
          code: 'custom',
          message: `в текста има невидим знак: ${invisible}`,
          params: { hint: 'изтрийте стойността и я напишете наново на клавиатурата' },
        });
      }
    })
    .meta({ label: toLabel(what), ...meta } satisfies EditorMeta);

/** An absolute http(s) address; `label` names it in the web editor. */
export const urlSchema = (label: string) =>
  z
    .url({
      protocol: /^https?$/,
      error: 'очаква се пълен адрес, започващ с https://',
    })
    .meta({ label } satisfies EditorMeta);
