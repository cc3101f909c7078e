import { existsSync, readFileSync } from 'node:fs';
import { mkdir, readdir, rename, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

/** A post's body as its page shows it and the search indexes it. */
export interface PostBody {
  /** The Markdown rendered by the site's pipeline. */
  html: string;
  /** The body's search keys (see `makeIndexKeys`). */
  searchKeys: string;
}

const SUFFIX = '.json';

/**
 * Post bodies kept in files of their own beside Astro's content store, each named by the
 * digest of its post's file, instead of in the store. Astro handles its store whole: it
 * serialises it on every build, bundles it into the server code as one string and parses
 * it again to render the pages. The bodies were 49 of the 62 MB of the store of 10,000
 * posts; without them a cold `astro build` of those posts peaked at 1.29 GB instead of
 * 1.89 GB (`/usr/bin/time`, benchmark folder). A page reads only its own post's body.
 */
export class PostBodies {
  constructor(readonly dir: string) {}

  #file(digest: string): string {
    return join(this.dir, `${digest}${SUFFIX}`);
  }

  /** Whether the body of the post file with this digest is kept. */
  has(digest: string): boolean {
    return existsSync(this.#file(digest));
  }

  /** Keeps a body; written whole under another name first, so a build that stops half-way never leaves half a body. */
  async write(digest: string, body: PostBody): Promise<void> {
    await mkdir(this.dir, { recursive: true });
    const partial = `${this.#file(digest)}.${process.pid}.partial`;
    await writeFile(partial, JSON.stringify(body));
    await rename(partial, this.#file(digest));
  }

  /** The body of the post file with this digest; synchronous, for page templates. */
  read(digest: string): PostBody {
    try {
      return JSON.parse(readFileSync(this.#file(digest), 'utf8')) as PostBody;
    } catch (error) {
      throw new Error(`The rendered body of a post (digest ${digest}) is missing from ${this.dir}; the content loader writes it when it reads the post.`, { cause: error });
    }
  }

  /** Removes the bodies of files that are gone or changed. */
  async keepOnly(digests: ReadonlySet<string>): Promise<void> {
    const names = await readdir(this.dir).catch(() => [] as string[]);
    for (const name of names) {
      if (!name.endsWith(SUFFIX) || !digests.has(name.slice(0, -SUFFIX.length))) await rm(join(this.dir, name), { force: true });
    }
  }
}
