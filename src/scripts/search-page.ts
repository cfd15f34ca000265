/**
 * <search-page>: live search on /sok/ with Pagefind. Reads and writes its state in the URL
 * (replaceState while typing, pushState on submit and filter changes, back/forward restores it).
 * Every piece of text is set with textContent; the results are drawn by search-result.ts.
 */
import { cutAtSentinel, isPrefixFallback, marksOnlyWordStarts } from '../lib/search/excerpt';
import { facetCounts, zeroCounts, type FacetCounts } from '../lib/search/facet-counts';
import { SearchAhead } from '../lib/search/search-ahead';
import { hasPhrase, inRankOrder, withoutQuotes } from '../lib/search/phrase';
import { topicQuery } from '../lib/search/topic-words';
import { findsMore, pageHas, suggestQuery, unknownWords } from '../lib/search/suggest';
import { statusText, suggestionText } from '../lib/search/status';
import {
  FILTER_KEYS,
  hasCriteria,
  parseSearchState,
  sameState,
  searchStateToQuery,
  toPagefindOptions,
  type SearchState,
} from '../lib/search/url-state';
import { loadFacetCounter, loadPagefind, type Pagefind, type PagefindResult, type PagefindResultData, type PagefindSearch } from './search-pagefind';
import { renderResult } from './search-result';
import { factSheetOfResult } from '../lib/search/fact-sheet-link';

/** Results shown at once; «Vis flere treff» adds as many again. */
const PAGE_SIZE = 10;
/** Pause after the last keystroke before searching. */
const TYPING_DELAY = 150;
/** Shorter words match too many pages to be worth searching for ahead. */
const MIN_AHEAD_LENGTH = 3;
/** A search taking longer (ms) than this is longer than the pause between keys: no searching ahead. */
const SLOW_SEARCH = 100;

/** Pagefind's query: the words the query is about (topic-words.ts); null lists every page the filters allow. */
function pagefindQuery(state: SearchState): string | null {
  return state.q === '' ? null : topicQuery(state.q);
}

class SearchPage extends HTMLElement {
  private form!: HTMLFormElement;
  private input!: HTMLInputElement;
  private status!: HTMLElement;
  private list!: HTMLOListElement;
  private more!: HTMLButtonElement;
  /** Where pagefind.js is and the base path of result URLs, as the server rendered them. */
  private source: [bundle: string, base: string] = ['', '/'];
  /** Tips and links to browse, shown when a search finds nothing. */
  private noResults: HTMLElement | null = null;
  /** «Avgrens søket»: the facets, folded on phones. */
  private filtersPanel: HTMLDetailsElement | null = null;
  private results: PagefindResult[] = [];
  /** The top result's data, once it is shown. */
  private top: PagefindResultData | undefined;
  private shown = 0;
  private state: SearchState = parseSearchState('');
  /** The search whose results are shown, and (by searchKey) the one whose facet counts are. */
  private shownState: SearchState | undefined;
  private countedKey: string | undefined;
  /** A search with a word no page has (see showMore): every facet value would give nothing. */
  private wordless: SearchState | undefined;
  /** Increases with every search, so a slow earlier search never overwrites a later one. */
  private generation = 0;
  private typingTimer: ReturnType<typeof setTimeout> | undefined;
  /** Whether a search waiting to be written to the URL was submitted (push) rather than typed. */
  private pendingPush = false;
  /** The names the site uses, for «Mente du …?»: fetched the first time a search may need them. */
  private vocabulary: Promise<string[]> | undefined;
  /** Facet values' names, read from the form once (facetLabels). */
  private labels: Map<string, string> | undefined;
  /** Searches for the words as they are typed, so that Enter finds the results ready. */
  private readonly searchAhead = new SearchAhead<PagefindSearch | null>(SLOW_SEARCH);

  connectedCallback(): void {
    const form = this.querySelector<HTMLFormElement>('[data-form]');
    const input = this.querySelector<HTMLInputElement>('[data-query]');
    const status = this.querySelector<HTMLElement>('[data-status]');
    const list = this.querySelector<HTMLOListElement>('[data-results]');
    const more = this.querySelector<HTMLButtonElement>('[data-more]');
    const { bundle, base } = this.dataset;
    // Without its parts or Pagefind's address (rendered with the base path) the page stays as served.
    if (!form || !input || !status || !list || !more || !bundle || base === undefined) return;
    Object.assign(this, { form, input, status, list, more });
    this.source = [bundle, base];
    this.filtersPanel = this.querySelector<HTMLDetailsElement>('details[data-filters]');
    this.noResults = this.querySelector<HTMLElement>('[data-no-results]');
    this.filtersPanel?.addEventListener('toggle', () => void this.updateCounts());

    form.addEventListener('submit', (event) => {
      event.preventDefault();
      this.commit('push');
    });
    input.addEventListener('input', () => {
      clearTimeout(this.typingTimer);
      this.typingTimer = setTimeout(() => this.commit('replace'), TYPING_DELAY);
      this.searchWhileTyping();
    });
    form.addEventListener('change', (event) => {
      this.filterCount();
      if (event.target !== input) this.commit('push');
    });
    more.addEventListener('click', () => void this.showMore(true));
    window.addEventListener('popstate', () => this.restore());

    // Pagefind loads when a search needs it or the person starts using the form, not on an empty
    // /sok/: the page stays within its weight budget and the index is warm before the first query.
    form.addEventListener('focusin', () => void this.loadIndex().catch(() => undefined), { once: true });
    form.addEventListener('pointerdown', () => void this.loadIndex().catch(() => undefined), { once: true });
    this.restore();
  }

  /** Pagefind, loaded once (search-pagefind.ts keeps it, and tries again after a failed load). */
  private loadIndex(): Promise<Pagefind> {
    return loadPagefind(...this.source);
  }


  /**
   * Searches for the words being typed, and fetches the top result's text, before the search is
   * submitted: when it is (on Enter or after a pause), only the drawing of the results is left.
   * Nothing is shown or announced until then. Where searches are slow (a large index, a slow
   * phone), it only fetches the index chunks for the words, so the search asked for never waits
   * behind one for a half-typed word.
   */
  private searchWhileTyping(): void {
    const state = this.readForm();
    if (state.q.length < MIN_AHEAD_LENGTH) return;
    const options = toPagefindOptions(state);
    const key = this.searchKey(state);
    void this.loadIndex()
      .then((pagefind) => {
        if (this.searchAhead.slow) {
          void pagefind.preload(topicQuery(state.q), options).catch(() => undefined);
        } else {
          this.searchAhead.ahead(
            key,
            () => pagefind.search(pagefindQuery(state), options),
            async (search) => search?.results[0]?.data(),
          );
        }
      })
      .catch(() => undefined);
  }

  /** Identifies a search by everything its results depend on. */
  private searchKey(state: SearchState): string {
    return JSON.stringify([state.q, toPagefindOptions(state)]);
  }

  /** Shows the state in the URL: fills the form and searches. */
  private restore(): void {
    this.pendingPush = false;
    this.state = parseSearchState(location.search);
    this.writeForm(this.state);
    const chosen = this.filterCount();
    if (this.filtersPanel && (chosen > 0 || matchMedia('(min-width: 64rem)').matches)) this.filtersPanel.open = true;
    void this.run();
  }

  /** How many facet values are chosen; also shown next to «Avgrens søket» while it is folded. */
  private filterCount(): number {
    const count = this.form.querySelectorAll('input[type=checkbox]:checked').length;
    const label = this.querySelector<HTMLElement>('[data-filter-count]');
    if (label) label.textContent = count > 0 ? `(${count} valgt)` : '';
    return count;
  }

  /**
   * Reads the form and, if anything changed, searches and records the search in the URL (push or
   * replace). The URL is written once the results are shown: writing it keeps the browser busy for
   * several ms, and the search's own fetches would wait for that.
   */
  private commit(mode: 'push' | 'replace'): void {
    clearTimeout(this.typingTimer);
    const next = this.readForm();
    if (sameState(next, this.state)) return;
    this.state = next;
    // A push not yet written stays a push when a newer search takes its place.
    const push = mode === 'push' || this.pendingPush;
    this.pendingPush = push;
    void this.run().finally(() => {
      // A newer search, or back/forward, has taken this one's place and writes its own URL.
      if (this.state !== next) return;
      this.pendingPush = false;
      const query = searchStateToQuery(next);
      const url = `${location.pathname}${query ? `?${query}` : ''}`;
      if (push) history.pushState(null, '', url);
      else history.replaceState(null, '', url);
    });
  }

  private readForm(): SearchState {
    const params = new URLSearchParams();
    for (const [key, value] of new FormData(this.form)) if (typeof value === 'string') params.append(key, value);
    return parseSearchState(params);
  }

  private writeForm(state: SearchState): void {
    this.input.value = state.q;
    for (const box of this.form.querySelectorAll<HTMLInputElement>('input[type=checkbox]')) {
      box.checked = (state.filters[box.name as (typeof FILTER_KEYS)[number]] ?? []).includes(box.value);
    }
    for (const details of this.form.querySelectorAll<HTMLDetailsElement>('details[data-facet]')) {
      if (details.querySelector('input:checked')) details.open = true;
    }
    const sort = this.form.elements.namedItem('sort');
    if (sort instanceof HTMLSelectElement) sort.value = state.sort;
  }

  /** Runs the current state's search and renders the first page of results. */
  private async run(): Promise<void> {
    const generation = ++this.generation;
    const state = this.state;
    if (!hasCriteria(state)) {
      // Nothing asked yet: no results, and no facet data either until the first search needs it.
      this.results = [];
      this.shown = 0;
      this.list.replaceChildren();
      this.more.hidden = true;
      this.status.textContent = '';
      if (this.noResults) this.noResults.hidden = true;
      return;
    }
    let pagefind: Pagefind;
    try {
      pagefind = await this.loadIndex();
    } catch {
      if (generation === this.generation) this.status.textContent = 'Søket er ikke tilgjengelig akkurat nå. Prøv igjen senere.';
      return;
    }
    if (generation !== this.generation) return;
    const key = this.searchKey(state);
    const found = (await this.searchAhead.take(key)) ?? (await this.search(pagefind, state));
    const search = found ? await this.rankPhrase(pagefind, state, found) : found;
    if (generation !== this.generation || !search) return;
    this.results = search.results;
    this.shown = 0;
    await this.showMore(false, true);
    if (generation !== this.generation) return;
    const suggestion = state.q !== '' ? await this.suggestion(pagefind, state) : undefined;
    if (generation !== this.generation) return;
    this.showSummary(state, suggestion);
    if (this.noResults) this.noResults.hidden = this.results.length > 0;
    this.shownState = state;
    void this.updateCounts();
  }

  /**
   * Shows how many results each facet value would give, once the results are shown, from a second
   * Pagefind instance that has every facet's data loaded (see loadFacetCounter). Only while the
   * facets are unfolded: on a phone, their data is not downloaded until «Avgrens søket» is opened.
   */
  private async updateCounts(): Promise<void> {
    const state = this.shownState;
    if (!this.filtersPanel?.open || !state) return;
    const key = this.searchKey(state);
    if (key === this.countedKey) return;
    this.countedKey = key;
    try {
      // Pagefind's own counts for such a word are of the pages that share its first letters.
      if (state === this.wordless) return this.showCounts(zeroCounts());
      const counter = await loadFacetCounter(...this.source);
      const counts = await facetCounts(state, async (each) => (await counter.search(pagefindQuery(each), toPagefindOptions(each)))?.filters ?? null);
      if (counts && this.shownState === state) this.showCounts(counts);
    } catch {
      // The counts are extra: without them the facets still work. Opening the facets tries again.
      if (this.countedKey === key) this.countedKey = undefined;
    }
  }

  /**
   * Pagefind scores every page with a quoted phrase the same; ranks them as the same words
   * without quotes would (see phrase.ts). Searches sorted by date are left as they are.
   */
  private async rankPhrase(pagefind: Pagefind, state: SearchState, found: PagefindSearch): Promise<PagefindSearch> {
    const options = toPagefindOptions(state);
    const q = topicQuery(state.q);
    if (!hasPhrase(q) || options.sort) return found;
    const ranked = await pagefind.search(withoutQuotes(q), options);
    return ranked ? { ...found, results: inRankOrder(found.results, ranked.results) } : found;
  }

  /** Runs a search, timed, so that searchWhileTyping knows whether searching ahead pays. */
  private search(pagefind: Pagefind, state: SearchState): Promise<PagefindSearch | null> {
    return this.searchAhead.timed(() => pagefind.search(pagefindQuery(state), toPagefindOptions(state)));
  }

  /**
   * A query close to this one made of the names the site uses (suggest.ts), for the results just
   * shown; undefined when there is none or the names cannot be fetched. Offered when nothing was
   * found, or only pages with the start of a word typed («ment» for «mentro»); otherwise only for
   * words that no page of the first results has in any form («lagar» is on a Nynorsk story further
   * down), when the query offered finds more.
   */
  private async suggestion(pagefind: Pagefind, state: SearchState): Promise<string | undefined> {
    const q = topicQuery(state.q);
    const unknownWord = this.results.length === 0 || (this.top !== undefined && marksOnlyWordStarts(this.top, q));
    let isKnown: (word: string) => boolean = () => false;
    if (!unknownWord && this.top) {
      // The top page usually has every word; the others' text is fetched only when it does not.
      if (unknownWords(q, pageHas(cutAtSentinel(this.top.content))).length === 0) return undefined;
      const shown = await Promise.all(this.results.slice(0, PAGE_SIZE).map((r) => r.data()));
      isKnown = pageHas(shown.map((page) => cutAtSentinel(page.content)).join(' '));
    }
    if (unknownWords(q, isKnown).length === 0) return undefined;
    const suggested = suggestQuery(q, await this.siteNames(), isKnown);
    if (suggested === undefined || unknownWord) return suggested;
    const other = await pagefind.search(topicQuery(suggested), toPagefindOptions(state));
    return other && findsMore(this.results.length, other.results.length) ? suggested : undefined;
  }

  /** The names the site uses (FILES.searchWords), fetched once; none when they cannot be fetched. */
  private siteNames(): Promise<string[]> {
    const url = this.dataset['words'];
    if (!url) return Promise.resolve([]);
    this.vocabulary ??= fetch(url)
      .then(async (response) => {
        const list: unknown = response.ok ? await response.json() : [];
        return Array.isArray(list) ? list.filter((w): w is string => typeof w === 'string') : [];
      })
      .catch(() => {
        this.vocabulary = undefined;
        return [];
      });
    return this.vocabulary;
  }

  /** Says how many results there are; with a suggestion, offers it as a link that searches for it. */
  private showSummary(state: SearchState, suggestion: string | undefined): void {
    if (suggestion === undefined) {
      this.status.textContent = statusText({ count: this.results.length, q: state.q, filters: this.filterNames(state), newestFirst: state.sort === 'dato' });
      return;
    }
    const next = { ...state, q: suggestion };
    const link = document.createElement('a');
    link.className = 'link';
    link.textContent = suggestion;
    link.href = `${location.pathname}?${searchStateToQuery(next)}`;
    link.addEventListener('click', (event) => {
      event.preventDefault();
      this.input.value = suggestion;
      this.input.focus();
      this.commit('push');
    });
    const [before, after] = suggestionText(this.results.length, state.q);
    this.status.replaceChildren(before, link, after);
  }

  /** The names of the filters a search has, in the order of the facets. */
  private filterNames(state: SearchState): string[] {
    return FILTER_KEYS.flatMap((key) => (state.filters[key] ?? []).map((value) => this.facetLabels().get(`${key}=${value}`) ?? value));
  }

  /** Shows how many results each facet value would give (see facetCounts). */
  private showCounts(counts: FacetCounts): void {
    for (const details of this.form.querySelectorAll<HTMLElement>('details[data-facet]')) {
      const facet = counts[details.dataset['facet'] ?? ''];
      if (!facet) continue;
      for (const label of details.querySelectorAll<HTMLElement>('[data-option]')) {
        const count = facet[label.dataset['option'] ?? ''] ?? 0;
        const target = label.querySelector('[data-count]');
        const text = ` (${count})`;
        // Most counts stay the same from one search to the next; rewriting them would be layout work for nothing.
        if (target && target.textContent !== text) target.textContent = text;
      }
    }
  }

  /**
   * Renders the next page of results; moves focus to the first new one when asked. With `replace`,
   * the results shown so far stay until the first new one is ready, so the list never flashes empty.
   */
  private async showMore(focus: boolean, replace = false): Promise<void> {
    const generation = this.generation;
    const slice = this.results.slice(this.shown, this.shown + PAGE_SIZE);
    // The top result is fetched on its own, and the rest once it is on the page. Fetched all at
    // once, the ten fragments arrive at about the same time and the top result waits for the other
    // nine; fetched while it is drawn, their work takes the CPU from the drawing (on two cores,
    // 6-19 ms more before the top result showed).
    const pending = slice.slice(0, 1).map((r) => r.data());
    if (replace) this.top = undefined;
    if (replace && pending.length === 0) this.list.replaceChildren();
    let first: HTMLLIElement | undefined;
    for (let i = 0; i < pending.length; i++) {
      const data = await pending[i]!;
      if (generation !== this.generation) return;
      if (i === 0 && replace && isPrefixFallback(data, topicQuery(this.state.q))) {
        // No page has the word: say so instead of listing pages that only share its first letters.
        this.wordless = this.state;
        this.results = [];
        this.list.replaceChildren();
        this.shown = 0;
        this.more.hidden = true;
        return;
      }
      if (i === 0 && replace) {
        this.list.replaceChildren();
        this.top = data;
      }
      const item = renderResult(data, topicQuery(this.state.q), (facet, value) => this.facetLabels().get(`${facet}=${value}`), factSheetOfResult(data.url, this.source[1]));
      this.list.append(item);
      if (i === 0) pending.push(...slice.slice(1).map((r) => r.data()));
      if (!first && focus) item.querySelector('a')?.focus();
      first ??= item;
    }
    this.shown += slice.length;
    this.more.hidden = this.shown >= this.results.length;
  }

  /** Each facet value's name, as its checkbox is labelled («fylke=finnmark» → «Finnmark»). */
  private facetLabels(): Map<string, string> {
    if (this.labels) return this.labels;
    this.labels = new Map();
    for (const box of this.form.querySelectorAll<HTMLInputElement>('input[type=checkbox]')) {
      const name = box.closest('label')?.querySelector('span')?.firstChild?.textContent?.trim();
      if (name) this.labels.set(`${box.name}=${box.value}`, name);
    }
    return this.labels;
  }

}

if (!customElements.get('search-page')) customElements.define('search-page', SearchPage);
