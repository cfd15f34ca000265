/**
 * <story-filter>: filters the server-rendered story cards in place. It shows the filter form
 * (hidden without JavaScript), hides the «Bla etter» links, keeps the state in the query string
 * (/historier/?fylke=trondelag&bransje=mat-og-drikke&side=2) with history entries for back and
 * forward, and announces the number of matches in the status region.
 */
import {
  FACETS,
  FACET_LABELS,
  activeFacets,
  describeFilters,
  filtersToQuery,
  hasBrowseQuery,
  matchesFilters,
  parseFilters,
  storyCountText,
  type Facet,
  type FacetValues,
  type FacetVocabulary,
  type Filters,
  type RejectedValue,
} from '../lib/filters';
import { clampPage, pageCount, pageLinks, parsePage } from '../lib/pagination';

interface State {
  filters: Filters;
  page: number;
}

interface Card {
  element: HTMLElement;
  values: FacetValues;
}

const PAGE_LINK = 'inline-flex min-h-11 min-w-11 items-center justify-center rounded-md px-3 font-semibold';

class StoryFilter extends HTMLElement {
  private root = '';
  private pageSize = 12;
  private cards: Card[] = [];
  private selects = new Map<Facet, HTMLSelectElement>();
  private vocabulary!: FacetVocabulary;
  private state: State = { filters: {}, page: 1 };

  connectedCallback(): void {
    const form = this.querySelector<HTMLFormElement>('form[data-form]');
    if (!form) return;
    this.root = this.dataset['root'] ?? '/';
    this.pageSize = Number(this.dataset['pageSize']) || 12;
    for (const facet of FACETS) {
      const select = form.querySelector<HTMLSelectElement>(`select[name="${facet}"]`);
      if (select) this.selects.set(facet, select);
    }
    this.vocabulary = this.readVocabulary();
    this.cards = [...this.querySelectorAll<HTMLElement>('[data-story]')].map((element) => ({ element, values: this.readValues(element) }));

    const { state, rejected } = this.initialState();
    this.state = state;
    this.showRejected(rejected);

    form.hidden = false;
    const links = this.querySelector<HTMLElement>('[data-facet-links]');
    if (links) links.hidden = true;

    form.addEventListener('change', () => this.update({ filters: this.readForm(), page: 1 }));
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      this.update({ filters: this.readForm(), page: 1 }, true);
    });
    this.addEventListener('click', (event) => this.onClick(event));
    window.addEventListener('popstate', (event) => this.onPopState(event));

    this.render();
    history.replaceState(this.state, '', location.href);
  }

  /** The option values and labels of each select: the only values the URL may choose. */
  private readVocabulary(): FacetVocabulary {
    const vocabulary = {} as Record<Facet, { id: string; label: string }[]>;
    for (const facet of FACETS) {
      const options = [...(this.selects.get(facet)?.options ?? [])].filter((o) => o.value !== '');
      vocabulary[facet] = options.map((o) => ({ id: o.value, label: o.text }));
    }
    return vocabulary;
  }

  private readValues(element: HTMLElement): FacetValues {
    const values = {} as Record<Facet, string[]>;
    for (const facet of FACETS) values[facet] = (element.dataset[facet] ?? '').split(' ').filter(Boolean);
    return values;
  }

  /** The query string wins; otherwise the state this page was pre-rendered for. */
  private initialState(): { state: State; rejected: RejectedValue[] } {
    const params = new URLSearchParams(location.search);
    if (hasBrowseQuery(params)) {
      const allowed = {} as Record<Facet, string[]>;
      for (const facet of FACETS) allowed[facet] = this.vocabulary[facet].map((t) => t.id);
      const { filters, rejected } = parseFilters(params, allowed);
      return { state: { filters, page: parsePage(params.get('side')) }, rejected };
    }
    let filters: Filters = {};
    try {
      filters = JSON.parse(this.dataset['filters'] ?? '{}') as Filters;
    } catch {
      filters = {};
    }
    return { state: { filters, page: parsePage(this.dataset['page']) }, rejected: [] };
  }

  private readForm(): Filters {
    const filters: Filters = {};
    for (const [facet, select] of this.selects) if (select.value) filters[facet] = select.value;
    return filters;
  }

  private url(state: State): string {
    const query = filtersToQuery(state.filters, state.page);
    return query ? `${this.root}?${query}` : this.root;
  }

  /** A new state from the user: render it and add a history entry. */
  private update(state: State, focusList = false): void {
    this.state = state;
    this.render();
    const url = this.url(this.state);
    // The same URL again (the button after a change) should not add a second history entry.
    if (new URL(url, location.href).href === location.href) history.replaceState(this.state, '', url);
    else history.pushState(this.state, '', url);
    if (focusList) this.querySelector<HTMLElement>('#historiene')?.focus();
  }

  private onClick(event: MouseEvent): void {
    if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    const target = event.target instanceof Element ? event.target.closest<HTMLAnchorElement>('a[data-page], a[data-clear]') : null;
    if (!target) return;
    event.preventDefault();
    if (target.dataset['page'] !== undefined) {
      this.update({ filters: this.state.filters, page: Number(target.dataset['page']) }, true);
    } else {
      this.update({ filters: {}, page: 1 });
      this.selects.values().next().value?.focus();
    }
  }

  private onPopState(event: PopStateEvent): void {
    const state = event.state as State | null;
    if (state && typeof state === 'object' && 'filters' in state) {
      this.state = state;
    } else {
      this.state = this.initialState().state;
    }
    this.render();
  }

  private render(): void {
    const { filters } = this.state;
    const matching = this.cards.filter((c) => matchesFilters(c.values, filters));
    const count = pageCount(matching.length, this.pageSize);
    const page = clampPage(this.state.page, count);
    this.state = { filters, page };
    const first = (page - 1) * this.pageSize;
    const onPage = new Set(matching.slice(first, first + this.pageSize));
    for (const card of this.cards) card.element.hidden = !onPage.has(card);

    for (const [facet, select] of this.selects) select.value = filters[facet] ?? '';

    const described = describeFilters(filters, this.vocabulary);
    const status = this.querySelector<HTMLElement>('[data-status]');
    if (status) {
      const filterText = described ? ` Filtrert på ${described.charAt(0).toLowerCase()}${described.slice(1)}.` : '';
      status.textContent = storyCountText(matching.length, page, this.pageSize) + filterText;
    }
    const clearWrap = this.querySelector<HTMLElement>('[data-clear-wrap]');
    if (clearWrap) clearWrap.hidden = activeFacets(filters).length === 0;
    const empty = this.querySelector<HTMLElement>('[data-empty]');
    if (empty) empty.hidden = matching.length > 0;

    this.renderMeasures(matching);
    this.renderPagination(page, count);
    document.title = `Historier${described ? `: ${described}` : ''}${page > 1 ? ` (side ${page})` : ''} – #Semuligheter`;
  }

  /** Shows only the measures the matching stories used. */
  private renderMeasures(matching: Card[]): void {
    const used = new Set(matching.flatMap((c) => c.values.virkemiddel));
    for (const item of this.querySelectorAll<HTMLElement>('[data-measure]')) item.hidden = !used.has(item.dataset['measure'] ?? '');
    const section = this.querySelector<HTMLElement>('[data-measures-section]');
    if (section) section.hidden = used.size === 0;
  }

  /** The same markup as src/components/browse/Pagination.astro, with query-string links. */
  private renderPagination(page: number, count: number): void {
    const nav = this.querySelector<HTMLElement>('[data-pagination]');
    const list = nav?.querySelector<HTMLElement>('[data-pagination-list]');
    if (!nav || !list) return;
    nav.hidden = count <= 1;
    const items: HTMLElement[] = [];
    const link = (n: number, text: string, srText: string, srBefore: boolean): HTMLElement => {
      const li = document.createElement('li');
      const a = document.createElement('a');
      a.href = this.url({ filters: this.state.filters, page: n });
      a.dataset['page'] = String(n);
      const sr = document.createElement('span');
      sr.className = 'sr-only';
      sr.textContent = srText;
      if (srBefore) a.append(sr, text);
      else a.append(text, sr);
      if (n === page && srBefore) {
        a.className = `${PAGE_LINK} bg-brand-800 text-white no-underline`;
        a.setAttribute('aria-current', 'page');
      } else {
        a.className = `link ${PAGE_LINK}`;
      }
      li.append(a);
      return li;
    };
    if (page > 1) items.push(link(page - 1, 'Forrige', ' side', false));
    for (const p of pageLinks(page, count)) {
      if (p === 'gap') {
        const li = document.createElement('li');
        li.className = 'px-1 text-ink-700';
        li.setAttribute('aria-hidden', 'true');
        li.textContent = '…';
        items.push(li);
      } else {
        items.push(link(p, String(p), 'Side ', true));
      }
    }
    if (page < count) items.push(link(page + 1, 'Neste', ' side', false));
    list.replaceChildren(...items);
  }

  /** Says, as plain text, which URL values were not used. */
  private showRejected(rejected: RejectedValue[]): void {
    const box = this.querySelector<HTMLElement>('[data-rejected]');
    if (!box) return;
    box.hidden = rejected.length === 0;
    box.textContent = rejected
      .map((r) => `Vi fant ingen ${FACET_LABELS[r.facet].toLowerCase()} som heter «${r.value}», så det filteret er ikke brukt.`)
      .join(' ');
  }
}

if (!customElements.get('story-filter')) customElements.define('story-filter', StoryFilter);
