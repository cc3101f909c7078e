import { FACET_LABELS, type Facet } from '../lib/search/search-state.ts';
import type { PagefindResultData } from './pagefind-api.ts';

/** How many posts, in Bulgarian: „1 новина", „3 новини". */
export function countNews(count: number): string {
  return `${count} ${count === 1 ? 'новина' : 'новини'}`;
}

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
  details.append(element('summary', { textContent: FACET_LABELS[facet] }), fieldset);
  fieldset.append(element('legend', { className: 'visually-hidden', textContent: FACET_LABELS[facet] }));
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
    count.textContent = `(${value})`;
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
  const meta = element('p', { className: 'result-meta' }, [
    [data.meta.date, data.meta.cluster, data.meta.place].filter(Boolean).join(' · '),
  ]);
  const excerpt = element('p', { className: 'result-excerpt' });
  // makeExcerpt escapes the page text and adds only <mark>; without a query the summary is shown as text.
  if (excerptHtml === undefined) excerpt.textContent = data.meta.summary ?? '';
  else excerpt.innerHTML = excerptHtml;
  return element('li', {}, [element('article', { className: 'result' }, [element('h2', {}, [link]), meta, excerpt])]);
}

/** „Показани са резултати за „солун“. Търсене точно за „солон“": results of a corrected query, and the way back to the typed one. */
export function renderCorrectionNote(corrected: string, typed: string, exactHref: string): Node[] {
  return [
    element('p', {}, [
      `Показани са резултати за „${corrected}“. `,
      element('a', { href: exactHref }, [`Търсене точно за „${typed}“`]),
    ]),
  ];
}

/** What to try when nothing was found: the same words without the filters, when that finds posts, other words, the archive. */
export function renderSuggestions(
  withoutFilters: { query: string; count: number; href: string } | undefined,
  archiveHref: string,
): Node[] {
  const items: (Node | string)[][] = [];
  if (withoutFilters) {
    const words = withoutFilters.query ? ` „${withoutFilters.query}“` : '';
    items.push([element('a', { href: withoutFilters.href }, [`Търсете${words} без филтрите`]), ` — ${countNews(withoutFilters.count)}.`]);
  }
  items.push(['Опитайте с друга дума или с по-малко думи.']);
  items.push(['Разгледайте ', element('a', { href: archiveHref }, ['архива']), ' по години.']);
  return [element('ul', {}, items.map((children) => element('li', {}, children)))];
}
