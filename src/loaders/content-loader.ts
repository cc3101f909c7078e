import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Loader, LoaderContext } from 'astro/loaders';
import { checkContent, COLLECTION_DIRS, readClusters, readPartners } from '../node/content/check-content.ts';
import { PostBodies, type PostBody } from '../node/content/post-bodies.ts';
import { ContentError, type ContentProblem } from '../lib/content/problem.ts';
import { CHECKED_CONTENT_ENV, readCheckedEntries, type CheckedEntry } from '../node/content/checked-content.ts';
import { STORES, storeVersion } from '../node/stores.ts';
import { setContentProblems } from '../astro/content-problems.ts';
import { makeIndexKeys } from '../lib/search/index-keys.ts';

type CollectionName = keyof typeof COLLECTION_DIRS;

/** Where content lives; `CONTENT_ROOT` lets tests build the site from fixture content. */
export interface ContentLoaderOptions {
  /** Project root. Default: the working directory. */
  projectRoot?: string;
  /** Content folder. Default: `$CONTENT_ROOT` or `<projectRoot>/content`. */
  contentRoot?: string;
  /** The database of rendered post bodies (see `PostBodies`). Default: beside Astro's content store. */
  bodiesFile?: string;
}

/**
 * Loads one collection from `content/`. Astro's `glob()` loader is not used because it
 * only warns on duplicate ids (the later file wins), only logs Markdown render errors,
 * and lets YAML turn „2023-02-31" into 3 March; this loader fails the build with one
 * line per problem instead, before any page is written.
 */
export function contentLoader(collection: CollectionName, options: ContentLoaderOptions = {}): Loader {
  const projectRoot = resolve(options.projectRoot ?? process.cwd());
  const contentRoot = resolve(projectRoot, options.contentRoot ?? process.env.CONTENT_ROOT ?? 'content');
  const bodies = new PostBodies(options.bodiesFile ?? (collection === 'translations' ? STORES.translationBodies : STORES.postBodies).path);
  const read = async (): Promise<{ entries: Iterable<CheckedEntry> | AsyncIterable<CheckedEntry>; problems: ContentProblem[] }> => {
    // In `npm run build`, the build's own check has read every file already.
    const checked = process.env[CHECKED_CONTENT_ENV];
    if (checked) return { entries: readCheckedEntries(checked, collection), problems: [] };
    if (collection === 'news') {
      const check = await checkContent(contentRoot, projectRoot);
      return { entries: check.news, problems: check.problems };
    }
    // The news loader's check names a translation's problems; this one only keeps the valid.
    if (collection === 'translations') {
      const check = await checkContent(contentRoot, projectRoot);
      return { entries: check.translations, problems: [] };
    }
    return (collection === 'clusters' ? readClusters : readPartners)(contentRoot, projectRoot);
  };

  return {
    name: `cluster-news-${collection}`,
    load: async (context) => {
      // Only the dev server watches; there a problem is shown in the browser (src/middleware.ts)
      // and in the terminal, and the last good content stays until the file is fixed.
      const watching = context.watcher !== undefined;
      const sync = async () => {
        const { entries, problems } = await read();
        if (watching) setContentProblems(collection, problems);
        if (problems.length) throw new ContentError(problems);
        await storeEntries(context, entries, projectRoot, bodies);
      };
      const report = (error: unknown) => {
        if (!(error instanceof ContentError)) throw error;
        context.logger.error(error.message);
      };
      await sync().catch((error: unknown) => (watching ? report(error) : Promise.reject(error)));
      context.watcher?.add(resolve(contentRoot, COLLECTION_DIRS[collection]));
      context.watcher?.on('all', (_event, path) => {
        if (!path.startsWith(contentRoot)) return;
        sync().catch((error: unknown) => {
          if (error instanceof ContentError) report(error);
          else context.logger.error(String((error as Error).message));
        });
      });
    },
  };
}



/**
 * Whether an entry needs Astro's own `parseData`. The check (`checkContent`) has already
 * parsed every entry with the collection's schema, built with plain references; Astro's
 * parse would run the same schema again, for the same data (`tests/loaders/stored-data.test.ts`
 * compares the two), on Astro's critical path. Only photos need Astro's: its `image()`
 * prepares them for the image pipeline.
 */
export function needsAstroParse(entry: CheckedEntry): boolean {
  const images = (entry.raw as { images?: unknown }).images;
  return Array.isArray(images) && images.length > 0;
}

const BODY_BATCH = 1000;

async function storeEntries(
  context: LoaderContext,
  entries: Iterable<CheckedEntry> | AsyncIterable<CheckedEntry>,
  projectRoot: string,
  bodies: PostBodies,
): Promise<void> {
  const { store } = context;
  // Astro keeps its store between builds and reuses an entry whose digest is unchanged, so
  // the digest covers the code that makes what the loader stores, not the file alone.
  const version = storeVersion('postBodies');
  const seen = new Set<string>();
  const digests = new Set<string>();
  const rendered = new Map<string, PostBody>();
  // Posts and their translations have bodies; clusters and partners are YAML alone.
  const isNews = context.collection === 'news' || context.collection === 'translations';
  // Ids are unique here: readCollection already refused a second file with the same name.
  for await (const entry of entries) {
    seen.add(entry.id);
    const digest = context.generateDigest(`${version}\n${entry.text}`);
    if (isNews) digests.add(digest);
    if (store.get(entry.id)?.digest === digest && (!isNews || bodies.has(digest))) continue;
    const data = needsAstroParse(entry) ? await context.parseData({ id: entry.id, data: entry.raw, filePath: entry.file }) : (entry.data as Record<string, unknown>);
    const html = entry.body ? await render(context, entry, projectRoot) : undefined;
    // The body goes to a file of its own (see `PostBodies`), with its search keys, made
    // here once per changed post instead of on every page render; the Markdown itself is
    // not kept (Astro's `retainBody: false`). Only a body with photos of its own stays in
    // the store too: Astro's `render()` puts them through its image pipeline.
    if (isNews) rendered.set(digest, { html: html?.html ?? '', searchKeys: entry.body ? makeIndexKeys([entry.body]) : '' });
    const hasLocalImages = Array.isArray(html?.metadata?.localImagePaths) && html.metadata.localImagePaths.length > 0;
    store.set({ id: entry.id, data, filePath: entry.file, digest, ...(html && hasLocalImages ? { rendered: html } : {}) });
    // Written in batches: one transaction each, and no more than a batch held at once.
    if (rendered.size >= BODY_BATCH) {
      bodies.write(rendered);
      rendered.clear();
    }
  }
  bodies.write(rendered);
  for (const id of store.keys()) {
    if (!seen.has(id)) store.delete(id);
  }
  if (isNews) bodies.keepOnly(digests);
}

async function render(context: LoaderContext, entry: CheckedEntry, projectRoot: string) {
  try {
    return await context.renderMarkdown(entry.body, {
      fileURL: pathToFileURL(resolve(projectRoot, entry.file)),
    });
  } catch (error) {
    throw new ContentError([
      {
        file: entry.file,
        message: `текстът на новината не може да се подготви за сайта: ${(error as Error).message}`,
        hint: 'проверете Markdown-а около мястото, което се споменава',
      },
    ]);
  }
}
