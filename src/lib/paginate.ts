/** Posts per archive page. */
export const ARCHIVE_PAGE_SIZE = 20;

export interface ArchivePage<T> {
  /** 1-based page number. */
  number: number;
  total: number;
  items: T[];
  /** Path of this page below the archive root: `''` for the first, `page/2` after. */
  param: string | undefined;
}

/** The archive path of a page number: `/news/`, `/news/page/2/`, … */
export function getArchivePageParam(number: number): string | undefined {
  return number === 1 ? undefined : `page/${number}`;
}

/** Splits a list into archive pages; an empty list still has one (empty) page. */
export function paginate<T>(items: readonly T[], size = ARCHIVE_PAGE_SIZE): ArchivePage<T>[] {
  const total = Math.max(1, Math.ceil(items.length / size));
  return Array.from({ length: total }, (_, index) => ({
    number: index + 1,
    total,
    items: items.slice(index * size, (index + 1) * size),
    param: getArchivePageParam(index + 1),
  }));
}
