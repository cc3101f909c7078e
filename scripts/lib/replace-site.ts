/**
 * How a new build takes the site's place, and how the last site goes. Putting the new site
 * in place is two renames; deleting the last one is a hundred thousand files at 10,000 posts
 * (pages, cards, calendars, search fragments), seconds of disk work nobody waits for: a
 * process of its own does it after the build has said it is done.
 */
import { spawn } from 'node:child_process';
import { readdir, rename, rm } from 'node:fs/promises';
import { constants, setPriority } from 'node:os';
import { basename, dirname, join } from 'node:path';

/** The name of the last site while it is removed: `<site>.old-<pid of the build>`. */
const oldSiteOf = (site: string, pid: number) => `${site}.old-${pid}`;

/**
 * Removes `dir` in a detached process that outlives the caller. Should it be stopped, the
 * folder is left as it was or half removed, and {@link removeOldSites} finishes it later.
 */
export function removeInBackground(dir: string): void {
  const script = `require('node:fs').rmSync(process.argv[1], { recursive: true, force: true, maxRetries: 3 })`;
  const child = spawn(process.execPath, ['-e', script, dir], { detached: true, stdio: 'ignore', windowsHide: true });
  child.unref();
  // At the system's lowest priority: whatever runs next (a build, `verify`) comes first.
  try {
    if (child.pid) setPriority(child.pid, constants.priority.PRIORITY_LOW);
  } catch {
    // Not allowed here: it only runs at the usual priority.
  }
}

/** Removes, in the background, the last sites of earlier builds that are still beside `site`. */
export async function removeOldSites(site: string): Promise<void> {
  const prefix = `${basename(site)}.old-`;
  const names = await readdir(dirname(site)).catch(() => []);
  for (const name of names) if (name.startsWith(prefix)) removeInBackground(join(dirname(site), name));
}

/**
 * Puts the folder `built` where `site` is: two renames, so the site is never half of one
 * build and half of another; the last site is removed in the background. A site folder that
 * cannot be renamed (a mount point) is emptied and filled with the new site's files instead.
 */
export async function replaceSite(site: string, built: string): Promise<void> {
  const old = oldSiteOf(site, process.pid);
  const moved = await rename(site, old).then(
    () => true,
    (error: NodeJS.ErrnoException) => (error.code === 'ENOENT' ? false : undefined),
  );
  if (moved === undefined) {
    for (const name of await readdir(site)) await rm(join(site, name), { recursive: true, force: true });
    for (const name of await readdir(built)) await rename(join(built, name), join(site, name));
    await rm(built, { recursive: true, force: true });
    return;
  }
  await rename(built, site);
  if (moved) removeInBackground(old);
}
