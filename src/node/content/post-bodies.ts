import { mkdirSync, rmSync } from 'node:fs';
import { dirname } from 'node:path';
import { DatabaseSync, type StatementSync } from 'node:sqlite';

/** A post's body as its page shows it and the search indexes it. */
export interface PostBody {
  /** The Markdown rendered by the site's pipeline. */
  html: string;
  /** The body's search keys (see `makeIndexKeys`). */
  searchKeys: string;
}

function openDatabase(file: string): DatabaseSync {
  const db = new DatabaseSync(file, { timeout: 10_000 });
  try {
    // WAL: pages read while the dev server's loader writes; a lost cache only means rendering again.
    db.exec(`PRAGMA journal_mode = WAL; PRAGMA synchronous = OFF;
      CREATE TABLE IF NOT EXISTS bodies (digest TEXT PRIMARY KEY, html TEXT NOT NULL, search_keys TEXT NOT NULL) WITHOUT ROWID;`);
    return db;
  } catch (error) {
    db.close();
    throw error;
  }
}

/**
 * Post bodies kept beside Astro's content store, by the digest of their post's file,
 * instead of in it. Astro handles its store whole: it serialises it on every build,
 * bundles it into the server code as one string and parses it again to render the pages.
 * The bodies are most of the store's size, so keeping them out of it lowers Astro's peak
 * memory by about a third (docs/architecture.md). A page reads only its own post's body.
 *
 * The bodies live in one SQLite database (Node's own `node:sqlite`) rather than a file
 * each: writing and deleting thousands of small files is slow on many disks, and it would
 * be on the build's critical path.
 */
export class PostBodies {
  readonly file: string;
  #db: { db: DatabaseSync; has: StatementSync; read: StatementSync } | undefined;

  constructor(file: string) {
    this.file = file;
  }

  #open(): { db: DatabaseSync; has: StatementSync; read: StatementSync } {
    if (this.#db) return this.#db;
    mkdirSync(dirname(this.file), { recursive: true });
    let db: DatabaseSync;
    try {
      db = openDatabase(this.file);
    } catch {
      // Not a database (a damaged cache): the bodies are made again from the posts.
      for (const suffix of ['', '-wal', '-shm']) rmSync(`${this.file}${suffix}`, { force: true });
      db = openDatabase(this.file);
    }
    this.#db = {
      db,
      has: db.prepare('SELECT 1 FROM bodies WHERE digest = ?'),
      read: db.prepare('SELECT html, search_keys FROM bodies WHERE digest = ?'),
    };
    return this.#db;
  }

  /** Whether the body of the post file with this digest is kept. */
  has(digest: string): boolean {
    return this.#open().has.get(digest) !== undefined;
  }

  /** Keeps bodies, all or none. */
  write(bodies: ReadonlyMap<string, PostBody>): void {
    if (!bodies.size) return;
    const { db } = this.#open();
    const insert = db.prepare('INSERT OR REPLACE INTO bodies (digest, html, search_keys) VALUES (?, ?, ?)');
    db.exec('BEGIN');
    try {
      for (const [digest, body] of bodies) insert.run(digest, body.html, body.searchKeys);
      db.exec('COMMIT');
    } catch (error) {
      db.exec('ROLLBACK');
      throw error;
    }
  }

  /** The body of the post file with this digest. */
  read(digest: string): PostBody {
    const row = this.#open().read.get(digest) as { html: string; search_keys: string } | undefined;
    if (!row) throw new Error(`The rendered body of a post (digest ${digest}) is missing from ${this.file}; the content loader writes it when it reads the post.`);
    return { html: row.html, searchKeys: row.search_keys };
  }

  /** Removes the bodies of files that are gone or changed. */
  keepOnly(digests: ReadonlySet<string>): void {
    const { db } = this.#open();
    db.exec('BEGIN');
    try {
      db.exec('CREATE TEMP TABLE IF NOT EXISTS kept (digest TEXT PRIMARY KEY) WITHOUT ROWID; DELETE FROM kept;');
      const keep = db.prepare('INSERT OR IGNORE INTO kept (digest) VALUES (?)');
      for (const digest of digests) keep.run(digest);
      db.exec('DELETE FROM bodies WHERE digest NOT IN (SELECT digest FROM kept); DELETE FROM kept;');
      db.exec('COMMIT');
    } catch (error) {
      db.exec('ROLLBACK');
      throw error;
    }
  }

  /** Closes the database; it opens again on the next use. */
  close(): void {
    this.#db?.db.close();
    this.#db = undefined;
  }
}
