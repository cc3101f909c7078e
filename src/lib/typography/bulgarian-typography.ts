/**
 * Bulgarian typography for text written by hand or pasted from other sites: quotes as
 * „…“, a spaced hyphen or en dash as a spaced em dash (тире) that never starts a line, a
 * range of numbers with an en dash, and a narrow no-break space before „г.“ after a year.
 * Written here because the typography libraries either speak English (SmartyPants turns
 * „…“ into “…”) or rewrite far more than these rules.
 */

/**
 * Whether a text is Bulgarian, as far as typography goes: it has a Cyrillic letter. Text
 * without one (an English translation, another network's English posts, a name in Latin
 * letters) keeps its own quotes and dashes: „…“ would be wrong in English.
 */
export const isBulgarianText = (text: string) => /\p{Script=Cyrillic}/u.test(text);

/** Quote marks that stand for Bulgarian double quotes, whichever way they were typed. */
const DOUBLE_QUOTES = new Set(['"', '\u201C', '\u201D', '\u201E']);
const ANY_DOUBLE_QUOTE = /["\u201C\u201D\u201E]/u;

/** What may stand right before an opening quote. */
const OPENS_AFTER = /[\s([{\u2013\u2014\-/\u00A0\u202F]/u;

/** Where a text left off, so a quote opened in one text node closes in the next. */
export interface TypographyState {
  /** The last character written, or '' at the start of a block. */
  previous: string;
}

/** A new state for the start of a block (a paragraph, a heading, a list item, a title). */
export const startBlock = (): TypographyState => ({ previous: '' });

function fixQuotes(text: string, state: TypographyState): string {
  // Most pieces of a post hold no quote: they need only their last character remembered.
  if (!ANY_DOUBLE_QUOTE.test(text)) {
    // The last character as `for…of` would give it (a surrogate pair whole).
    if (text) state.previous = [...text.slice(-2)].at(-1)!;
    return text;
  }
  let out = '';
  for (const char of text) {
    if (DOUBLE_QUOTES.has(char)) {
      const opening = char === '\u201E' || state.previous === '' || OPENS_AFTER.test(state.previous);
      out += opening ? '\u201E' : '\u201C';
    } else {
      out += char;
    }
    state.previous = char;
  }
  return out;
}

/** Applies the rules to one piece of a block; `state` carries quotes across pieces. */
export function typesetBulgarian(text: string, state: TypographyState = startBlock()): string {
  return (
    fixQuotes(text, state)
      // A hyphen, en dash or double hyphen between spaces is a dash: an em dash, kept on the line before.
      .replace(/[ \u00A0]+(?:-{1,3}|\u2013)[ \u00A0]+/gu, '\u00A0\u2014 ')
      // A range of numbers (8-9 ноември, 2012-2014), not a date written 2022-09-14.
      .replace(/(?<![\d-])(\d{1,4})-(\d{1,4})(?![\d-])/gu, '$1\u2013$2')
      // „2012г.“ and „2012 г.“: a narrow no-break space between the year and its abbreviation.
      .replace(/(\d)[ \u00A0]?(г\.|гг\.)/gu, '$1\u202F$2')
  );
}

/**
 * A title keeps a hyphenated word (ЕС‑Канада, най‑старите) on one line, „г‑н“ or „г‑жа“
 * with the name after it, and a one-letter word (в, с, и, а, о, у, к) with the word after
 * it, as Bulgarian typesetting does: a non-breaking hyphen (U+2011) and no-break spaces.
 * Browsers otherwise break after any hyphen and may leave „и“ alone at a line's end.
 */
export function keepWordsTogether(text: string): string {
  return text
    .replace(/(?<=\p{L})-(?=\p{L})/gu, '\u2011')
    .replace(/(?<!\p{L})([гГ]\u2011(?:н|жа)) /gu, '$1\u00A0')
    .replace(/(?<!\p{L})([вВсСиИаАоОуУкК]) (?=\p{L})/gu, '$1\u00A0');
}
