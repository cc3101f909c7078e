import type { Locale } from '../../i18n/locale.ts';
import type { NewsPost } from '../news-post.ts';

/** What a card shows. */
export interface CardContent {
  title: string;
  /** Line under the title: date and cluster, or the site's description. */
  meta: string;
  siteName: string;
}

/** What a post's social card shows: its title, then its date and the short name of its cluster. */
export function makePostCardContent(post: NewsPost, clusterShortName: string, siteName: string, locale: Locale, title = post.data.title): CardContent {
  return { title, meta: `${locale.formatDate(post.data.date)} · ${clusterShortName}`, siteName };
}

/** An emoji with its modifiers (a presentation selector, skin tones, more pictographs joined to it), or a flag. */
const EMOJI = /\p{Regional_Indicator}{2}|\p{Extended_Pictographic}(?:\uFE0F|[\u{1F3FB}-\u{1F3FF}])*(?:\u200D\p{Extended_Pictographic}(?:\uFE0F|[\u{1F3FB}-\u{1F3FF}])*)*/gu;

/**
 * A text for a card without its emoji: the card's font has none, and Pango would draw each
 * as an empty box. The spaces around a removed emoji close up.
 */
export function leaveOutEmoji(text: string): string {
  return text.replace(EMOJI, '').replace(/\uFE0F/gu, '').replace(/[ \u00A0]{2,}/gu, ' ').trim();
}
