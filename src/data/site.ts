import { createPaths } from '../lib/paths.ts';

/** Name of the site, in the header, titles and feeds. */
export const SITE_TITLE = 'Клъстерни новини';
/** One line about the site for search engines and the home page. */
export const SITE_DESCRIPTION =
  'Архив на новините на българските иновационни клъстери: срещи, партньорства, конференции — кой с кого, къде и кога.';

/** The site's URLs, below the configured base path. */
export const paths = createPaths(import.meta.env.BASE_URL);
