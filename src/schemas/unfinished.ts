/**
 * Written by the importer and the new-post scaffold where a value still needs a
 * person. A published post (not a draft) with this word anywhere fails the content
 * check and the build, so nothing half-done can deploy.
 */
export const UNFINISHED_MARKER = 'ПОПЪЛНЕТЕ';
