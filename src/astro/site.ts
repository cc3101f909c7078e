import { createPaths } from '../lib/paths.ts';
import { BASE_PATH, SITE_URL } from '../site-config.ts';

/** Name of the site, in the header, titles and feeds. */
export const SITE_TITLE = 'Клъстерни новини';
/** One line about the site for search engines and the home page. */
export const SITE_DESCRIPTION =
  'Архив на новините на българските иновационни клъстери: срещи, партньорства, конференции — кой с кого, къде и кога.';

/** The site's URLs, below the configured base path. */
export const paths = createPaths(BASE_PATH);

/** An absolute URL on the published site for a path that already includes the base. */
export function absolute(path: string): string {
  return new URL(path, SITE_URL).href;
}
