import { bgBrowser, type BrowserText } from '../i18n/bg.ts';
import { enBrowser } from '../i18n/en.ts';
import type { Language } from '../i18n/languages.ts';

/**
 * The part of each dictionary the browser needs (search, copy link, theme switch), apart
 * from the rest so a page's script carries only these few strings.
 */
export const BROWSER_TEXT: Record<Language, BrowserText> = { bg: bgBrowser, en: enBrowser };

/** The text for the page the script runs on, by its `<html lang>`. */
export function getBrowserText(): BrowserText {
  const lang = document.documentElement.lang as Language;
  return BROWSER_TEXT[lang] ?? bgBrowser;
}
