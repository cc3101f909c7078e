/** Posts per page of every paged list: archive, years, clusters, partners, topics. */
export const ARCHIVE_PAGE_SIZE = 20;

export interface ArchivePage<T> {
  /** 1-based page number. */
  number: number;
  total: number;
  items: T[];
  /** Rest parameter of this page below the list's own URL: undefined for the first, `page/2` after. */
  param: string | undefined;
}

/** The rest parameter of a page number: none for the first page, `page/2`, `page/3`, … after. */
export function getArchivePageParam(number: number): string | undefined {
  return number === 1 ? undefined : `page/${number}`;
}

/** Splits a list into pages; an empty list still has one (empty) page. */
export function paginate<T>(items: readonly T[], size = ARCHIVE_PAGE_SIZE): ArchivePage<T>[] {
  const total = Math.max(1, Math.ceil(items.length / size));
  return Array.from({ length: total }, (_, index) => ({
    number: index + 1,
    total,
    items: items.slice(index * size, (index + 1) * size),
    param: getArchivePageParam(index + 1),
  }));
}

/** A page number to link to, or a gap (…) between runs of them. */
export type PageLink = number | 'gap';

/**
 * The page numbers a pagination bar shows: the first, the last, and `radius` on each
 * side of the current one, with gaps between. The bar stays the same size whether a
 * list has 3 pages or 3,000, so no page grows with the archive.
 */
export function getPageWindow(current: number, total: number, radius = 2): PageLink[] {
  const shown = new Set([1, total]);
  for (let number = current - radius; number <= current + radius; number++) {
    if (number >= 1 && number <= total) shown.add(number);
  }
  const links: PageLink[] = [];
  let previous = 0;
  for (const number of [...shown].sort((a, b) => a - b)) {
    // A gap of one page is shown as that page: „1 2 3“ reads better than „1 … 3“.
    if (number - previous === 2) links.push(previous + 1);
    else if (number - previous > 2) links.push('gap');
    links.push(number);
    previous = number;
  }
  return links;
}
