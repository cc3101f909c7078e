import type { Facet } from '../lib/search/search-state.ts';
import type { PagefindResultData } from './pagefind-api.ts';
import { getBrowserText } from './browser-text.ts';

/** The page's words (`src/i18n/`), by its `<html lang>`. */
const text = getBrowserText();

function element<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  props: Record<string, unknown> = {},
  children: (Node | string)[] = [],
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  Object.assign(node, props);
  node.append(...children);
  return node;
}

/** Facets longer than this start folded, so the results stay near the top on a phone. */
const OPEN_FACET_LIMIT = 8;

/**
 * One foldable group of checkboxes per facet, built once so focus survives every search.
 * Returns the group and its fieldset, whose counts `updateFacetCounts` fills in.
 */
export function renderFacet(facet: Facet, values: [id: string, label: string][], selected: readonly string[]) {
  const details = element('details', { className: 'facet', open: values.length <= OPEN_FACET_LIMIT || selected.length > 0 });
  const fieldset = element('fieldset');
  details.dataset.facet = facet;
  details.append(element('summary', { textContent: text.facets[facet] }), fieldset);
  fieldset.append(element('legend', { className: 'visually-hidden', textContent: text.facets[facet] }));
  for (const [id, label] of values) {
    const input = element('input', { type: 'checkbox', name: facet, value: id });
    const count = element('span', { className: 'count' });
    count.dataset.countFor = id;
    fieldset.append(element('label', { className: 'facet-value' }, [input, ` ${label} `, count]));
  }
  return { details, fieldset };
}

/** Writes the counts into a facet; values with nothing to offer are dimmed, never removed. */
export function updateFacetCounts(fieldset: HTMLFieldSetElement, counts: Record<string, number> = {}) {
  for (const count of fieldset.querySelectorAll<HTMLElement>('[data-count-for]')) {
    const value = counts[count.dataset.countFor ?? ''] ?? 0;
    count.textContent = text.filterCount(value);
    const label = count.closest('label');
    label?.classList.toggle('is-empty', value === 0);
    // A value that would find nothing cannot be chosen (one already chosen can still be cleared).
    const box = label?.querySelector('input');
    if (box) box.disabled = value === 0 && !box.checked;
  }
}

/** A result card: title link, date, cluster, place and a highlighted excerpt. */
export function renderResult(data: PagefindResultData, excerptHtml: string | undefined): HTMLLIElement {
  const link = element('a', { href: data.url, textContent: data.meta.title ?? data.url });
  // The title of a post not yet translated is in the original's language.
  if (data.meta.lang) link.lang = data.meta.lang;
  const meta = element('p', { className: 'result-meta' }, [
    [data.meta.date, data.meta.cluster, data.meta.place].filter(Boolean).join(' · '),
  ]);
  const excerpt = element('p', { className: 'result-excerpt' });
  // makeExcerpt escapes the page text and adds only <mark>; without a query the summary is shown as text.
  if (excerptHtml === undefined) excerpt.textContent = data.meta.summary ?? '';
  else excerpt.innerHTML = excerptHtml;
  return element('li', {}, [element('article', { className: 'result' }, [element('h2', {}, [link]), meta, excerpt])]);
}

/** "Showing results for “solun”. Search for exactly “solon”": results of a corrected query, and the way back to the typed one. */
export function renderCorrectionNote(corrected: string, typed: string, exactHref: string): Node[] {
  return [element('p', {}, [text.correctedTo(corrected), element('a', { href: exactHref }, [text.searchExactly(typed)])])];
}

/** What to try when nothing was found: the same words without the filters, when that finds posts, other words, the archive. */
export function renderSuggestions(
  withoutFilters: { query: string; count: number; href: string } | undefined,
  archiveHref: string,
): Node[] {
  const items: (Node | string)[][] = [];
  if (withoutFilters) {
    items.push([element('a', { href: withoutFilters.href }, [text.withoutFilters(withoutFilters.query)]), ` — ${text.countNews(withoutFilters.count)}.`]);
  }
  items.push([text.otherWords]);
  const [before, archive, after] = text.browseArchive;
  items.push([before, element('a', { href: archiveHref }, [archive]), after]);
  return [element('ul', {}, items.map((children) => element('li', {}, children)))];
}
