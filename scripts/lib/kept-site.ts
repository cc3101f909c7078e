/**
 * Building over the last build's site instead of into an empty folder. On a disk like
 * this project's build machine (ext4 without a journal), creating a file soon after
 * thousands were deleted makes the kernel step past every recently freed inode: a warm
 * 10,000-post `astro build` spent 14.6 s of system time (23.5 s in all) when its site was
 * emptied and every page restored from Astro's cache, and 3.3 s (15.4 s) when it built
 * over the site and left unchanged pages where they were (`/usr/bin/time`, benchmark folder).
 *
 * Astro leaves a page in place when its key is unchanged and the file exists, so the
 * folder must be exactly what the last complete build left: a stamp records it (the
 * site's search manifest, written last, and Astro's record of its pages), and a build
 * that finds anything else starts from an empty folder. Whatever no step of the new build
 * wrote or kept (the page of a deleted post, an old script bundle) is removed at the end.
 */
import { createHash } from 'node:crypto';
import { readFile, rm, rmdir, stat, writeFile } from 'node:fs/promises';
import { dirname, join, sep } from 'node:path';
import { listFiles } from '../../src/lib/list-files.ts';
import { mapConcurrently } from '../../src/lib/map-concurrently.ts';

/** What identifies the last build's site and Astro's record of it. */
interface SiteStamp {
  site: string;
  /** A file written last by every complete build (the search manifest): a hash of its content. */
  last: string;
  /** Astro's record of the pages it wrote, which decides which pages it leaves in place: a hash of its content. */
  astroRecord: string;
}

export interface KeptSiteOptions {
  /** Where the stamp is kept between builds. */
  stampFile: string;
  /** The file every complete build writes last, relative to the site. */
  lastFile: string;
  /** Astro's record of its last build (`incremental-build.json` in its cache). */
  astroRecord: string;
}

/**
 * A file by its content, not its inode or time: a site restored together with its caches
 * (CI keeps both between runs) is still the site they describe.
 */
async function describeFile(file: string): Promise<string> {
  return readFile(file).then(
    (bytes) => createHash('sha256').update(bytes).digest('base64url'),
    () => 'missing',
  );
}

async function makeStamp(site: string, options: KeptSiteOptions): Promise<SiteStamp> {
  return { site, last: await describeFile(join(site, options.lastFile)), astroRecord: await describeFile(options.astroRecord) };
}

/** Whether `site` is exactly what the last complete build with these caches left. */
export async function canBuildOver(site: string, options: KeptSiteOptions): Promise<boolean> {
  const stamp = await readFile(options.stampFile, 'utf8').then((text) => JSON.parse(text) as SiteStamp, () => undefined);
  if (!stamp) return false;
  const now = await makeStamp(site, options);
  return stamp.site === now.site && stamp.last !== 'missing' && stamp.last === now.last && stamp.astroRecord === now.astroRecord;
}

/** Records `site` as complete; the next build may build over it. */
export async function stampSite(site: string, options: KeptSiteOptions): Promise<void> {
  await writeFile(options.stampFile, JSON.stringify(await makeStamp(site, options)));
}

/** Forgets the stamp: from now on the site may differ from what the caches say. */
export async function forgetSite(options: KeptSiteOptions): Promise<void> {
  await rm(options.stampFile, { force: true });
}

const STAT_CONCURRENCY = 32;

/** Whether any file of `site` was written at or after `since` (ms since the epoch). */
export async function wroteSince(site: string, since: number): Promise<boolean> {
  const files = await listFiles(site).catch(() => [] as string[]);
  let wrote = false;
  await mapConcurrently(files, STAT_CONCURRENCY, async (file) => {
    if (!wrote && (await stat(join(site, file))).mtimeMs >= since) wrote = true;
  });
  return wrote;
}

export interface PruneOptions {
  /** Files this build kept in place or linked, whatever their age (paths relative to the site). */
  keep: ReadonlySet<string>;
  /** Folders whose contents a build step manages itself (`pagefind/`). */
  keepFolders: readonly string[];
  /** When the build started (ms since the epoch): files written since are the build's own. */
  since: number;
}

/**
 * Removes every file of `site` older than the build that it did not keep, and the
 * folders this leaves empty; returns the files removed.
 */
export async function pruneSite(site: string, options: PruneOptions): Promise<string[]> {
  const candidates = (await listFiles(site)).filter(
    (file) => !options.keep.has(file) && !options.keepFolders.some((folder) => file.startsWith(folder)),
  );
  const stale: string[] = [];
  await mapConcurrently(candidates, STAT_CONCURRENCY, async (file) => {
    if ((await stat(join(site, file))).mtimeMs < options.since) stale.push(file);
  });
  for (const file of stale) await rm(join(site, file));
  const folders = new Set(stale.map((file) => dirname(join(site, file))));
  for (const folder of [...folders].sort((a, b) => b.length - a.length)) {
    for (let dir = folder; dir.startsWith(`${site}${sep}`); dir = dirname(dir)) {
      const removed = await rmdir(dir).then(
        () => true,
        () => false,
      );
      if (!removed) break;
    }
  }
  return stale.sort();
}
