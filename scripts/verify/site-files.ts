import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { listFiles } from '../../src/node/list-files.ts';

/** Every file of the built site, as sorted paths relative to it with forward slashes. */
export const listSiteFiles = (outDir: string) => listFiles(outDir);

export const readSiteFile = (outDir: string, path: string) => readFile(join(outDir, path), 'utf8');
