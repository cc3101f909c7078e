import { join } from 'node:path';
import { SITE_FIELD_HINTS } from '../../schemas/field-hints.ts';
import { siteSchema } from '../../schemas/site.ts';
import { readSettingsFile } from './read-collection.ts';

/** The site's identity file inside the content root. */
export const SITE_FILE = 'site.yaml';

/** Reads and checks `content/site.yaml`: the site's name, languages and publisher. */
export function readSite(contentRoot: string, projectRoot: string) {
  return readSettingsFile({ path: join(contentRoot, SITE_FILE), root: projectRoot, schema: siteSchema, hints: SITE_FIELD_HINTS });
}
