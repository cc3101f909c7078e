import { createHash } from 'node:crypto';
import { readFileSync, statSync } from 'node:fs';
import { findPackageJSON } from 'node:module';
import { pathToFileURL } from 'node:url';
import { listFilesSync } from './list-files.ts';
import { join, relative, resolve } from 'node:path';

/**
 * Everything the build keeps between runs, in one list. Each store saves more than a
 * second of a 10,000-post build or holds what a feature needs (docs/architecture.md has
 * the figures); what it holds is decided by the code listed in `madeBy`, and its version
 * is a hash of that code (see {@link storeVersion}), so changing the code renews the store
 * without a constant to bump. Every store is read as a hint: a missing, stale or unreadable
 * entry is made again, never trusted (`tests/build/stores.test.ts`).
 */
export interface Store {
  /** What it holds and why it is kept. */
  holds: string;
  /** Where it lives. */
  path: string;
  /** Project files and folders, and `npm:` packages, whose code decides what it holds. */
  madeBy: readonly string[];
}

const projectRoot = process.cwd();

/** The folder of the site's own stores (`STORE_DIR` to move it). */
const OWN = resolve(process.env.STORE_DIR ?? join(projectRoot, 'node_modules/.cache/cluster-news'));

/** Astro's cache (`ASTRO_CACHE_DIR` to move it): Astro's content store and its incremental build record, as Astro ships them. */
export const ASTRO_CACHE = resolve(process.env.ASTRO_CACHE_DIR ?? join(projectRoot, 'node_modules/.astro'));

/** Astro's record of the pages in its cache (its incremental build manifest), rewritten by every `astro build`. */
export const ASTRO_PAGE_CACHE_RECORD = join(ASTRO_CACHE, 'incremental-build.json');

export const STORES = {
  cards: {
    holds: 'social cards as PNG, by a hash of what each shows: drawing them is most of a cold build’s second core',
    path: join(OWN, 'cards'),
    madeBy: ['src/node/cards', 'src/lib/cards', 'npm:sharp', 'npm:@expo-google-fonts/golos-text'],
  },
  searchShards: {
    holds: 'Pagefind bundles, one per shard of years, by a hash of what its pages give the index: only changed shards are indexed again',
    path: join(OWN, 'search'),
    madeBy: ['src/node/search', 'src/lib/search/plan-shards.ts', 'src/lib/search/index-vocabulary.ts', 'src/lib/search/vocabulary-file.ts', 'npm:pagefind'],
  },
  relatedPosts: {
    holds: 'every post’s related posts, under a key of the traits that decide them: found again only when one changes',
    path: join(OWN, 'related.json'),
    madeBy: ['src/lib/related-posts.ts', 'src/node/related-cache.ts'],
  },
  postBodies: {
    holds: 'rendered post bodies and their search keys by file digest, beside Astro’s content store, which they would triple in size',
    path: join(ASTRO_CACHE, 'post-bodies.sqlite'),
    madeBy: ['src/loaders', 'src/markdown', 'src/schemas', 'src/node/content', 'src/lib/search', 'npm:astro'],
  },
  translationBodies: {
    holds: 'rendered bodies of the posts’ translations, as `postBodies` holds the posts’ own (a store of their own, so neither loader drops the other’s)',
    path: join(ASTRO_CACHE, 'translation-bodies.sqlite'),
    madeBy: ['src/loaders', 'src/markdown', 'src/schemas', 'src/node/content', 'src/lib/search', 'npm:astro'],
  },
  calendars: {
    holds: 'every post’s calendar in every language, by a hash of its text: a build writes only the calendars that changed, and the site links to the rest',
    path: join(OWN, 'calendars'),
    madeBy: [],
  },
  changedPages: {
    holds: 'a hash of every page of the last build, so `verify --changed` checks only the pages a build changed, and what each post page gives the search index, so a page Astro restored is not read again',
    path: join(OWN, 'changed-pages.json'),
    madeBy: [],
  },
} as const satisfies Record<string, Store>;

export type StoreName = keyof typeof STORES;

const versions = new Map<StoreName, string>();

/**
 * A short hash of the code that decides what `name` holds: the text of its project files
 * (below the working directory, the project) and the versions of its packages. Entries of
 * the store are kept under it, so a change to that code makes them anew.
 */
export function storeVersion(name: StoreName): string {
  const known = versions.get(name);
  if (known !== undefined) return known;
  const hash = createHash('sha256');
  const base = pathToFileURL(join(projectRoot, 'package.json'));
  for (const source of STORES[name].madeBy) {
    if (source.startsWith('npm:')) {
      const { version } = JSON.parse(readFileSync(findPackageJSON(source.slice(4), base)!, 'utf8')) as { version: string };
      hash.update(`${source}@${version}\n`);
      continue;
    }
    const path = join(projectRoot, source);
    const files = statSync(path).isDirectory() ? listFilesSync(path).map((file) => join(path, file)) : [path];
    for (const file of files) hash.update(`${relative(projectRoot, file)}\n`).update(readFileSync(file));
  }
  const version = hash.digest('base64url').slice(0, 12);
  versions.set(name, version);
  return version;
}

/** Set (to `1`) by `scripts/build.ts` for `astro build`: Astro must not empty its new output folder, which the cards go into while Astro renders. */
export const KEEP_SITE_ENV = 'CLUSTER_NEWS_KEEP_SITE';

/**
 * How much Astro says while it builds (`debug`, `info`, `warn`, `error` or `silent`). Unset,
 * Astro says everything (`info`), which is a line per page; `scripts/build.ts` sets `warn`
 * unless the environment says otherwise, and reports the pages itself in one line.
 */
export const ASTRO_LOG_LEVEL_ENV = 'ASTRO_LOG_LEVEL';

/** The levels {@link ASTRO_LOG_LEVEL_ENV} may name, as Astro's logger knows them. */
export const ASTRO_LOG_LEVELS = ['debug', 'info', 'warn', 'error', 'silent'] as const;

/** Set by `scripts/build.ts` for `astro build` to a file where the page list goes (see `src/integrations/page-list.ts`). */
export const PAGE_LIST_ENV = 'CLUSTER_NEWS_PAGE_LIST';
