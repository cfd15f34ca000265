/**
 * <story-filter>: filters the story list in place. The server renders only the cards on the
 * page; the first time the list must change, this fetches every story's card data
 * (/historier/kort.json) and builds the cards from then on. It shows the filter form
 * (hidden without JavaScript), hides the «Bla etter» links, keeps the state in the URL with
 * history entries for back and forward, and announces the number of matches in the status region.
 * The URL is the pre-rendered page's when there is one (/historier/fylke/trondelag/side/2/), and
 * otherwise a query string (/historier/?fylke=trondelag&bransje=mat-og-drikke&side=2).
 *
 * History: each change of a select updates the URL, but only the first change in a run adds an
 * entry. Further changes of the same select, before it loses focus, replace that entry, so
 * stepping through the options with the arrow keys (one change event per step) costs Back one
 * press, not one per option. A change of another select, a page link, «Fjern alle filtre», the
 * button, or Back/Forward ends the run.
 */
import {
  FACETS,
  FACET_LABELS,
  activeFacets,
  browseHeading,
  browseSubpath,
  describeFilters,
  filtersToQuery,
  hasBrowseQuery,
  matchesFilters,
  parseFilters,
  showStoriesText,
  storyCountText,
  type Facet,
  type FacetVocabulary,
  type Filters,
  type RejectedValue,
} from '../lib/filters';
import { fitBucket } from '../lib/headings';
import { PAGE_LINK_CLASSES, clampPage, pageCount, pageLinks, parsePage } from '../lib/pagination';
import type { StoryCardData } from '../lib/story-cards';
import { storyCardItem } from './story-card';

interface State {
  filters: Filters;
  page: number;
}

class StoryFilter extends HTMLElement {
  private root = '';
  private pageSize = 12;
  /** Every story's card data, once fetched. */
  private cards: StoryCardData[] | undefined;
  private loading: Promise<StoryCardData[]> | undefined;
  /** Where every story's card data is (`/historier/kort.json` under the base path). */
  private cardsUrl = '';
  private selects = new Map<Facet, HTMLSelectElement>();
  private vocabulary!: FacetVocabulary;
  private state: State = { filters: {}, page: 1 };
  /** How many stories match the current filters (set when the list is drawn). */
  private matching = 0;
  /** The select whose run of changes made the current history entry, while it keeps focus. */
  private editing: HTMLSelectElement | undefined;
  /** The fold around the selects. */
  private panel: HTMLDetailsElement | undefined;

  connectedCallback(): void {
    const form = this.querySelector<HTMLFormElement>('form[data-form]');
    const root = this.dataset['root'];
    const cards = this.dataset['cards'];
    // Without its form or the addresses it needs (rendered with the base path) the page stays as served.
    if (!form || root === undefined || !cards) return;
    this.root = root;
    this.cardsUrl = cards;
    this.pageSize = Number(this.dataset['pageSize']) || 12;
    for (const facet of FACETS) {
      const select = form.querySelector<HTMLSelectElement>(`select[name="${facet}"]`);
      if (select) this.selects.set(facet, select);
    }
    this.vocabulary = this.readVocabulary();

    const { state, rejected, prerendered } = this.initialState();
    this.state = state;
    this.showRejected(rejected);

    form.hidden = false;
    // Folded on a phone until a filter is chosen, so the first stories are on the first screen.
    this.panel = form.querySelector<HTMLDetailsElement>('details[data-filter-panel]') ?? undefined;
    if (this.panel && (activeFacets(state.filters).length > 0 || matchMedia('(min-width: 40rem)').matches)) this.panel.open = true;
    const links = this.querySelector<HTMLElement>('[data-facet-links]');
    if (links) links.hidden = true;

    form.addEventListener('change', (event) => {
      const select = event.target instanceof HTMLSelectElement ? event.target : undefined;
      // A further step in the same select replaces the entry its run added; anything else is new.
      const replace = select !== undefined && select === this.editing;
      this.editing = select;
      void this.update({ filters: this.readForm(), page: 1 }, false, replace);
    });
    form.addEventListener('focusout', (event) => {
      if (event.target === this.editing) this.editing = undefined;
    });
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      this.editing = undefined;
      void this.update({ filters: this.readForm(), page: 1 }, true);
    });
    // Fetch the card data as soon as the person starts to use the form, so the first change is instant.
    form.addEventListener('focusin', () => void this.loadCards().catch(() => undefined), { once: true });
    this.addEventListener('click', (event) => this.onClick(event));
    window.addEventListener('popstate', (event) => void this.onPopState(event));

    history.replaceState(this.state, '', location.href);
    // The page shows the state it was pre-rendered for; a query string needs the cards now.
    if (!prerendered) void this.show();
    else this.syncForm();
  }

  /** Fetches every story's card data once. */
  private loadCards(): Promise<StoryCardData[]> {
    this.loading ??= fetch(this.cardsUrl)
      .then((response) => {
        if (!response.ok) throw new Error(`${response.status}`);
        return response.json() as Promise<StoryCardData[]>;
      })
      .then((cards) => (this.cards = cards))
      .catch((error: unknown) => {
        this.loading = undefined;
        throw error;
      });
    return this.loading;
  }

  /** Renders the current state once the card data is there, or says it could not be fetched. */
  private async show(): Promise<boolean> {
    try {
      await this.loadCards();
    } catch {
      const status = this.querySelector<HTMLElement>('[data-status]');
      if (status) status.textContent = 'Vi fikk ikke lastet historiene. Sjekk nettforbindelsen og prøv igjen.';
      return false;
    }
    this.render();
    return true;
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

  /** The query string wins; otherwise the state this page was pre-rendered for. */
  private initialState(): { state: State; rejected: RejectedValue[]; prerendered: boolean } {
    const params = new URLSearchParams(location.search);
    if (hasBrowseQuery(params)) {
      const allowed = {} as Record<Facet, string[]>;
      for (const facet of FACETS) allowed[facet] = this.vocabulary[facet].map((t) => t.id);
      const { filters, rejected } = parseFilters(params, allowed);
      return { state: { filters, page: parsePage(params.get('side')) }, rejected, prerendered: false };
    }
    let filters: Filters = {};
    try {
      filters = JSON.parse(this.dataset['filters'] ?? '{}') as Filters;
    } catch {
      filters = {};
    }
    return { state: { filters, page: parsePage(this.dataset['page']) }, rejected: [], prerendered: true };
  }

  private readForm(): Filters {
    const filters: Filters = {};
    for (const [facet, select] of this.selects) if (select.value) filters[facet] = select.value;
    return filters;
  }

  /**
   * The address of a state: its pre-rendered page when the build made one (no filter or one, with
   * stories, a page that exists), so a link a person copies works without JavaScript too;
   * otherwise the story list with a query string.
   */
  private url(state: State): string {
    const subpath = browseSubpath(state.filters, state.page);
    if (subpath !== undefined && this.isPrerendered(state)) return this.root + subpath;
    const query = filtersToQuery(state.filters, state.page);
    return query ? `${this.root}?${query}` : this.root;
  }

  /** Whether the build made a page for this state (see `browsePages` in src/lib/filters.ts). */
  private isPrerendered(state: State): boolean {
    if (activeFacets(state.filters).length === 0 && state.page === 1) return true;
    if (!this.cards) return false;
    // The list on the page was counted when it was drawn; only another state needs counting.
    const total =
      state.filters === this.state.filters ? this.matching : this.cards.filter((c) => matchesFilters(c.values, state.filters)).length;
    return total > 0 && state.page <= pageCount(total, this.pageSize);
  }

  /**
   * A new state from the user: render it and add a history entry, or with `replace` (a further
   * step in a run of changes to one select) put it in the current entry.
   */
  private async update(state: State, focusList = false, replace = false): Promise<void> {
    this.state = state;
    if (!(await this.show())) return;
    const url = this.url(this.state);
    // The same URL again (the button after a change) should not add a second history entry.
    if (replace || new URL(url, location.href).href === location.href) history.replaceState(this.state, '', url);
    else history.pushState(this.state, '', url);
    if (focusList) this.querySelector<HTMLElement>('#historiene')?.focus();
  }

  private onClick(event: MouseEvent): void {
    if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    const target = event.target instanceof Element ? event.target.closest<HTMLAnchorElement>('a[data-page], a[data-clear]') : null;
    if (!target) return;
    event.preventDefault();
    this.editing = undefined;
    const paging = target.dataset['page'] !== undefined;
    const next: State = paging ? { filters: this.state.filters, page: Number(target.dataset['page']) } : { filters: {}, page: 1 };
    this.loadCards().then(
      async () => {
        await this.update(next, paging);
        if (!paging) this.selects.values().next().value?.focus();
      },
      // Without the card data, the link's own pre-rendered page still works.
      () => location.assign(target.href),
    );
  }

  private async onPopState(event: PopStateEvent): Promise<void> {
    this.editing = undefined;
    const state = event.state as State | null;
    if (state && typeof state === 'object' && 'filters' in state) {
      this.state = state;
    } else {
      this.state = this.initialState().state;
    }
    await this.show();
  }

  /** Sets the selects to the current filters. */
  private syncForm(): void {
    for (const [facet, select] of this.selects) select.value = this.state.filters[facet] ?? '';
    // The fold's summary tells how many filters are chosen, so a folded form still shows them.
    const chosen = activeFacets(this.state.filters).length;
    const count = this.panel?.querySelector<HTMLElement>('[data-filter-count]');
    if (count) count.textContent = chosen > 0 ? `(${chosen} valgt)` : '';
  }

  private render(): void {
    if (!this.cards) return;
    const { filters } = this.state;
    const matching = this.cards.filter((c) => matchesFilters(c.values, filters));
    this.matching = matching.length;
    const count = pageCount(matching.length, this.pageSize);
    const page = clampPage(this.state.page, count);
    this.state = { filters, page };
    const first = (page - 1) * this.pageSize;
    this.querySelector('[data-results]')?.replaceChildren(...matching.slice(first, first + this.pageSize).map((card) => storyCardItem(card)));
    this.syncForm();

    const described = describeFilters(filters, this.vocabulary);
    const status = this.querySelector<HTMLElement>('[data-status]');
    if (status) {
      const filterText = described ? ` Filtrert på ${described.charAt(0).toLowerCase()}${described.slice(1)}.` : '';
      status.textContent = storyCountText(matching.length, page, this.pageSize) + filterText;
    }
    const button = this.querySelector<HTMLElement>('[data-show]');
    if (button) button.textContent = showStoriesText(matching.length);
    const clearWrap = this.querySelector<HTMLElement>('[data-clear-wrap]');
    if (clearWrap) clearWrap.hidden = activeFacets(filters).length === 0;
    const empty = this.querySelector<HTMLElement>('[data-empty]');
    if (empty) empty.hidden = matching.length > 0;

    this.renderMeasures(matching);
    this.renderPagination(page, count);
    this.renderHeading(filters);
    document.title = `Historier${described ? `: ${described}` : ''}${page > 1 ? ` (side ${page})` : ''} – #Semuligheter`;
  }

  /** The page's H1 and current breadcrumb name the filters, as the pre-rendered pages' do. */
  private renderHeading(filters: Filters): void {
    const heading = browseHeading(filters, this.vocabulary);
    const h1 = document.querySelector<HTMLElement>('[data-page-heading]');
    if (h1 && h1.textContent !== heading) {
      h1.textContent = heading;
      const fit = fitBucket(heading);
      if (fit === undefined) delete h1.dataset['fit'];
      else h1.dataset['fit'] = String(fit);
    }
    const crumb = document.querySelector<HTMLElement>('[data-breadcrumb-current]');
    if (crumb) crumb.textContent = heading;
    // «Historier» is a level of its own above a filtered list, and the current page without one.
    const parent = document.querySelector<HTMLElement>(`[data-crumb="${CSS.escape(this.root)}"]`);
    if (parent) parent.hidden = activeFacets(filters).length === 0;
  }

  /** Shows only the measures the matching stories used. */
  private renderMeasures(matching: StoryCardData[]): void {
    const used = new Set(matching.flatMap((c) => c.values.virkemiddel));
    for (const item of this.querySelectorAll<HTMLElement>('[data-measure]')) item.hidden = !used.has(item.dataset['measure'] ?? '');
    const section = this.querySelector<HTMLElement>('[data-measures-section]');
    if (section) section.hidden = used.size === 0;
  }

  /** The same markup as src/components/browse/Pagination.astro, with links from `url`. */
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
        a.className = PAGE_LINK_CLASSES.current;
        a.setAttribute('aria-current', 'page');
      } else {
        a.className = PAGE_LINK_CLASSES.other;
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
