/** `pagefind/shards.json`: the search index's shards, newest posts first. */
export interface ShardManifest {
  shards: {
    /** Folder of the shard's Pagefind bundle, relative to `pagefind/`. */
    path: string;
    /** First and last year of its posts. */
    from: number;
    to: number;
    /** How many posts it holds. */
    pages: number;
    /** The first letters of its vocabulary's files (`vocabulary-file.ts`), so no file is asked for in vain. */
    letters: string;
  }[];
}
