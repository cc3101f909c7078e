import { createHash } from 'node:crypto';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';

/** Bump when parsing gives other data for the same text (the YAML library or its options). */
const FORMAT = 'yaml 2, core schema, 1';

interface Parsed {
  /** The front matter (or YAML file) as parsed. */
  data: unknown;
  /** Where the Markdown body starts in the text. */
  bodyStart: number;
}

/**
 * Parsed front matter from earlier builds, by a hash of the file's text; an unchanged file
 * is parsed again only when a problem needs its line numbers. The schemas still judge
 * every file on every build: only the parsing is kept. Both processes that check the
 * content use it (Astro's loader and the card drawer's check). With `yaml` documents it
 * spared 1.3 s of each; since js-yaml parses, checking 10,000 posts takes 0.67–0.69 s with
 * it warm against 0.92–1.24 s without, and 1.17–1.33 s while it is written on a cold build
 * (a throwaway script on the benchmark's posts, twice each).
 */
export class FrontMatterCache {
  readonly #file: string;
  readonly #known: Map<string, Parsed>;
  readonly #used = new Map<string, Parsed>();

  private constructor(file: string, known: Map<string, Parsed>) {
    this.#file = file;
    this.#known = known;
  }

  /** The cache kept in `file`; empty when there is none or it was written by another format. */
  static async load(file: string): Promise<FrontMatterCache> {
    const stored = await readFile(file, 'utf8').then(
      (text) => JSON.parse(text) as { format: string; entries: Record<string, Parsed> },
      () => undefined,
    );
    const entries = stored?.format === FORMAT ? Object.entries(stored.entries) : [];
    return new FrontMatterCache(file, new Map(entries));
  }

  static #key(text: string): string {
    return createHash('sha1').update(text).digest('base64url');
  }

  get(text: string): Parsed | undefined {
    const key = FrontMatterCache.#key(text);
    const parsed = this.#known.get(key);
    if (parsed) this.#used.set(key, parsed);
    return parsed;
  }

  set(text: string, parsed: Parsed): void {
    this.#used.set(FrontMatterCache.#key(text), parsed);
  }

  /** Writes what this build read, and only that, written whole under another name first. */
  async save(): Promise<void> {
    await mkdir(dirname(this.#file), { recursive: true });
    const partial = `${this.#file}.${process.pid}.partial`;
    await writeFile(partial, JSON.stringify({ format: FORMAT, entries: Object.fromEntries(this.#used) }));
    await rename(partial, this.#file);
  }
}
