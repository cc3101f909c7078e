import { makeExcerpt } from '../lib/search/make-excerpt.ts';
import { lowerCase, prepareAsTyped, prepareQuery } from '../lib/search/prepare-query.ts';
import { hasOwnSearchKeys } from '../lib/search/index-keys.ts';
import {
  emptyFilters,
  FACETS,
  parseSearchState,
  serializeSearchState,
  toPagefindFilters,
  toPagefindSort,
  type Facet,
  type SearchState,
} from '../lib/search/search-state.ts';
import type { ResultStream } from '../lib/search/merge-shards.ts';
import { loadSearchIndex, type PagefindResultData, type SearchIndex } from './pagefind-api.ts';
import { renderCorrectionNote, renderFacet, renderResult, renderSuggestions, updateFacetCounts } from './search-view.ts';
import { getBrowserText } from './browser-text.ts';

const PAGE_SIZE = 10;


const root = document.querySelector<HTMLElement>('[data-search]');
if (root) void start(root);

async function start(root: HTMLElement) {
  const form = root.querySelector<HTMLFormElement>('[data-search-form]')!;
  const input = root.querySelector<HTMLInputElement>('[data-search-input]')!;
  const facetsBox = root.querySelector<HTMLElement>('[data-search-facets]')!;
  const status = root.querySelector<HTMLElement>('[data-search-status]')!;
  const note = root.querySelector<HTMLElement>('[data-search-note]')!;
  const exact = root.querySelector<HTMLInputElement>('[data-search-exact]')!;
  const list = root.querySelector<HTMLOListElement>('[data-search-results]')!;
  const more = root.querySelector<HTMLButtonElement>('[data-search-more]')!;
  // On a translations-only search, the way to every post carries the same query and filters.
  const allNews = root.querySelector<HTMLAnchorElement>('[data-search-all-news]');
  const base = root.dataset.base ?? '/';
  const text = getBrowserText();
  // Bulgarian pages are searched through the site's own search keys, with typo correction;
  // other languages through Pagefind's own stemming, their excerpts marked by word.
  const ownKeys = hasOwnSearchKeys(document.documentElement.lang);
  const prepare = (query: string) => (ownKeys ? prepareQuery(query) : prepareAsTyped(query));
  const labels = JSON.parse(root.dataset.labels ?? '{}') as Record<Facet, Record<string, string>>;

  let index: SearchIndex;
  try {
    index = await loadSearchIndex(base, root.dataset.index);
  } catch {
    status.textContent = text.noIndex;
    for (const part of root.querySelectorAll<HTMLElement>('[data-search-filters], [data-search-controls]')) part.hidden = true;
    return;
  }

  const initial = parseSearchState(location.search);
  const totals = await index.filters();
  const fieldsets = new Map<Facet, HTMLFieldSetElement>();
  for (const facet of FACETS) {
    const ids = Object.keys(totals[facet] ?? {});
    if (!ids.length) continue;
    const values = ids
      .map((id): [string, string] => [id, labels[facet]?.[id] ?? id])
      .sort((a, b) => (facet === 'year' ? b[1].localeCompare(a[1]) : a[1].localeCompare(b[1], text.locale)));
    const { details, fieldset } = renderFacet(facet, values, initial.filters[facet]);
    fieldsets.set(facet, fieldset);
    facetsBox.append(details);
  }
  facetsBox.hidden = false;
  // Folded on a phone, open beside the results on a wide screen (where its summary is not shown).
  const filters = root.querySelector<HTMLDetailsElement>('[data-search-filters]')!;
  const wide = matchMedia('(min-width: 56rem)');
  filters.open = wide.matches;
  wide.addEventListener('change', () => (filters.open = wide.matches));
  const filterCount = root.querySelector<HTMLElement>('[data-search-filter-count]')!;
  const countFilters = () => {
    const chosen = facetsBox.querySelectorAll('input[type=checkbox]:checked').length;
    filterCount.textContent = chosen ? text.filterCount(chosen) : '';
  };

  let generation = 0;
  let shown = 0;
  let pending: ResultStream<PagefindResultData> = { total: 0, next: () => Promise.resolve([]) };
  let keys: string[] = [];
  let searched = false;
  /** The excerpt of a result: Bulgarian words marked by their search keys; Pagefind's own in other languages; the summary when nothing was typed. */
  const excerptOf = (item: PagefindResultData): string | undefined => {
    if (!searched) return undefined;
    if (ownKeys) return makeExcerpt(item.meta['text'] ?? '', keys);
    // A post not translated into the page's language has no body on its page: its summary.
    return makeExcerpt(item.meta['text'] ?? item.meta['summary'] ?? '', keys, { keyOf: lowerCase });
  };

  const readForm = (): SearchState =>
    parseSearchState(new URLSearchParams(new FormData(form) as unknown as Record<string, string>).toString());

  const writeForm = (state: SearchState) => {
    input.value = state.q;
    for (const box of form.querySelectorAll<HTMLInputElement>('input[type=checkbox]')) {
      box.checked = state.filters[box.name as Facet]?.includes(box.value) ?? false;
    }
    form.querySelector<HTMLSelectElement>('[data-search-sort]')!.value = state.sort;
    // Sent with the form only while the reader asked for the query exactly as typed.
    exact.disabled = !state.exact;
  };

  const showMore = async (run: number) => {
    const data = await pending.next(PAGE_SIZE);
    if (run !== generation) return;
    list.append(...data.map((item) => renderResult(item, excerptOf(item))));
    shown += data.length;
    more.hidden = shown >= pending.total;
  };

  /** The query the reader probably meant when `typed` finds nothing (see `correctQuery`); its code loads only then. */
  const correct = async (typed: string): Promise<string | undefined> => {
    const { correctQuery } = await import('../lib/search/correct-query.ts');
    const countPosts = async (words: string) => (await index.search(prepare(words).pagefindQuery, {})).results.total;
    return correctQuery(typed, (letters) => index.vocabulary(letters), countPosts);
  };

  /**
   * Searches for the query; when it finds nothing (and the reader did not ask for it exactly),
   * for the words it most likely meant. `corrected` is set whenever a correction was found,
   * also one that finds nothing with the filters chosen.
   */
  const find = async (state: SearchState, options: Parameters<SearchIndex['search']>[1]) => {
    const prepared = prepare(state.q);
    const result = await index.search(prepared.pagefindQuery, options);
    if (result.results.total || !prepared.pagefindQuery || state.exact || !ownKeys) return { prepared, result };
    const corrected = await correct(state.q);
    if (!corrected) return { prepared, result };
    const meant = prepare(corrected);
    const answer = await index.search(meant.pagefindQuery, options);
    return answer.results.total ? { prepared: meant, result: answer, corrected } : { prepared, result, corrected };
  };

  const search = async (state: SearchState) => {
    const run = ++generation;
    countFilters();
    list.setAttribute('aria-busy', 'true');
    const typed = state.q.trim();
    const hasFilters = FACETS.some((facet) => state.filters[facet].length);
    const sort = toPagefindSort(state.sort) ?? (typed ? undefined : { date: 'desc' as const });
    const options = { filters: toPagefindFilters(state.filters), ...(sort ? { sort } : {}) };
    const { prepared, result, corrected } = await find(state, options);
    const shownQuery = result.results.total && corrected ? corrected : typed;
    // Found nothing with filters: would the same words find posts without them?
    const withoutFilters =
      !result.results.total && hasFilters ? (await index.search(prepare(corrected ?? typed).pagefindQuery, {})).results.total : 0;
    // A facet's own selection must not hide its other values: count them without it.
    const ownCounts = await Promise.all(
      FACETS.filter((facet) => state.filters[facet].length).map(async (facet) => {
        const without = await index.search(prepared.pagefindQuery, { filters: toPagefindFilters(state.filters, facet) });
        return [facet, without.filters[facet]] as const;
      }),
    );
    if (run !== generation) return;
    const counts = { ...result.filters, ...Object.fromEntries(ownCounts) };
    for (const [facet, fieldset] of fieldsets) updateFacetCounts(fieldset, counts[facet]);

    keys = prepared.keys;
    searched = prepared.words.length > 0;
    pending = result.results;
    shown = 0;
    list.replaceChildren();
    await showMore(run);
    if (run !== generation) return;
    // Announced once the cards are on the page, so the count and the list always agree.
    const about = prepared.words.length ? shownQuery : undefined;
    status.textContent = pending.total ? text.found(text.countNews(pending.total), about, hasFilters) : text.nothingFound(about, hasFilters);
    const link = (change: Partial<SearchState>) => `${location.pathname}${serializeSearchState({ ...state, ...change })}`;
    if (allNews) allNews.search = serializeSearchState({ ...state, exact: false });
    note.replaceChildren(
      ...(!pending.total
        ? renderSuggestions(
            withoutFilters ? { query: corrected ?? typed, count: withoutFilters, href: link({ q: corrected ?? typed, filters: emptyFilters(), exact: false }) } : undefined,
            root.dataset.archive ?? base,
          )
        : corrected
          ? renderCorrectionNote(corrected, typed, link({ exact: true }))
          : []),
    );
    list.setAttribute('aria-busy', 'false');
  };

  const update = (mode: 'push' | 'replace') => {
    const state = readForm();
    const url = `${location.pathname}${serializeSearchState(state)}`;
    if (url !== `${location.pathname}${location.search}`) history[`${mode}State`](null, '', url);
    void search(state);
  };

  let typing: ReturnType<typeof setTimeout> | undefined;
  // A query typed in one go is one step back in history, not one per letter and not none.
  let typedEntry = false;
  input.addEventListener('input', () => {
    clearTimeout(typing);
    exact.disabled = true;
    typing = setTimeout(() => {
      update(typedEntry ? 'replace' : 'push');
      typedEntry = true;
    }, 200);
  });
  form.addEventListener('change', (event) => {
    if (event.target === input) return;
    typedEntry = false;
    update('push');
  });
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    clearTimeout(typing);
    update(typedEntry ? 'replace' : 'push');
    typedEntry = false;
  });
  more.addEventListener('click', () => void showMore(generation));
  /** Shows the search the address bar holds: after Back, or a link of the note. */
  const showLocation = () => {
    typedEntry = false;
    const state = parseSearchState(location.search);
    writeForm(state);
    void search(state);
  };
  // The note's links are searches of this page: taken here, as one step in history each.
  note.addEventListener('click', (event) => {
    const target = (event.target as Element).closest('a');
    if (!target || target.pathname !== location.pathname) return;
    event.preventDefault();
    history.pushState(null, '', target.href);
    showLocation();
  });
  window.addEventListener('popstate', showLocation);

  writeForm(initial);
  await search(initial);
  // Arriving with a query (from the header's box), the reader lands on what was found.
  if (initial.q && (document.activeElement === document.body || document.activeElement === null)) {
    status.tabIndex = -1;
    status.focus({ preventScroll: true });
  }
}
