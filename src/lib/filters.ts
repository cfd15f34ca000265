/**
 * Story browsing: which facets a story has, which stories match a set of filters, and how a filter
 * state is written in a URL. Runs both at build time (pre-rendered pages) and in the browser
 * (src/scripts/story-filter.ts), so it must stay free of Astro imports.
 */
import { COUNTIES, INDUSTRIES, TARGET_GROUPS, type Term } from './taxonomy';
import { memoByIdentity } from './memo';

/** The facets stories can be filtered by. The names are the query keys and path segments. */
export const FACETS = ['bransje', 'fylke', 'virkemiddel', 'innsatsomrade', 'malgruppe'] as const;

export type Facet = (typeof FACETS)[number];

/** A story's values for each facet (a story has several measures and target groups). */
export type FacetValues = Record<Facet, readonly string[]>;

/** The chosen value for each filtered facet; a facet that is missing is not filtered. */
export type Filters = Partial<Record<Facet, string>>;

/** The story fields the facets come from. */
export interface FacetSource {
  data: {
    industry: string;
    county: string;
    measures: readonly { id: string }[];
    focusArea: { id: string };
    targetGroups: readonly string[];
  };
}

/** A story's value(s) for each facet (worked out once per story: every list page asks). */
export const facetValuesOf = memoByIdentity((story: FacetSource): FacetValues => {
  const { data } = story;
  return {
    bransje: [data.industry],
    fylke: [data.county],
    virkemiddel: data.measures.map((m) => m.id),
    innsatsomrade: [data.focusArea.id],
    malgruppe: [...data.targetGroups],
  };
});

/** True if the story has every chosen value (filters on different facets narrow each other). */
export function matchesFilters(values: FacetValues, filters: Filters): boolean {
  return FACETS.every((facet) => {
    const wanted = filters[facet];
    return wanted === undefined || values[facet].includes(wanted);
  });
}

/** The items that match, in their original order. */
export function filterItems<T>(items: readonly T[], valuesOf: (item: T) => FacetValues, filters: Filters): T[] {
  return items.filter((item) => matchesFilters(valuesOf(item), filters));
}

/** Per stories array: the matching stories for each filter set (keyed by its query string). */
const matchesByFilters = memoByIdentity((_stories: readonly FacetSource[]) => new Map<string, readonly FacetSource[]>());

/**
 * The stories that match `filters`, in their original order. Every page of a filtered list asks
 * for the same filters, so the result is kept per stories array and filter set.
 * @param stories - all stories (the array's identity is the cache key)
 * @param filters - the chosen value per facet
 */
export function matchingStories<T extends FacetSource>(stories: readonly T[], filters: Filters): T[] {
  const cache = matchesByFilters(stories);
  const key = filtersToQuery(filters);
  let matching = cache.get(key);
  if (!matching) {
    matching = filterItems(stories, facetValuesOf, filters);
    cache.set(key, matching);
  }
  return matching as T[];
}

/** The filtered facets, in the fixed facet order. */
export function activeFacets(filters: Filters): Facet[] {
  return FACETS.filter((facet) => filters[facet] !== undefined);
}

/**
 * How many stories have each value of every facet. Every story-list page shows these counts for
 * the same stories, so they are counted once per stories array.
 */
export const facetCounts = memoByIdentity((stories: readonly FacetSource[]): Record<Facet, Map<string, number>> => {
  const values = stories.map(facetValuesOf);
  return Object.fromEntries(FACETS.map((facet) => [facet, countByValue(values, facet)])) as Record<Facet, Map<string, number>>;
});

/** How many items have each value of a facet, for counts next to filter links. */
export function countByValue(values: readonly FacetValues[], facet: Facet): Map<string, number> {
  const counts = new Map<string, number>();
  for (const v of values) for (const id of new Set(v[facet])) counts.set(id, (counts.get(id) ?? 0) + 1);
  return counts;
}

/** A URL value that was not used because it is not a known value of its facet. */
export interface RejectedValue {
  facet: Facet;
  value: string;
}

/**
 * Reads filters from a query string. Only values listed in `allowed` are used; the rest are returned
 * as `rejected` so the page can say so (as text) instead of silently showing something else.
 */
export function parseFilters(
  params: URLSearchParams,
  allowed: Readonly<Record<Facet, readonly string[]>>,
): { filters: Filters; rejected: RejectedValue[] } {
  const filters: Filters = {};
  const rejected: RejectedValue[] = [];
  for (const facet of FACETS) {
    const value = params.get(facet);
    if (value === null || value === '') continue;
    if (allowed[facet].includes(value)) filters[facet] = value;
    else rejected.push({ facet, value });
  }
  return { filters, rejected };
}

/** True if the query string says anything about the story list (a facet or a page). */
export function hasBrowseQuery(params: URLSearchParams): boolean {
  return FACETS.some((facet) => params.has(facet)) || params.has('side');
}

/** The filter state as a query string without `?`, facets in fixed order; page 1 is left out. */
export function filtersToQuery(filters: Filters, page = 1): string {
  const params = new URLSearchParams();
  for (const facet of activeFacets(filters)) params.set(facet, filters[facet]!);
  if (page > 1) params.set('side', String(page));
  return params.toString();
}

/**
 * The path, relative to the story list (`/historier/`), of the pre-rendered page for this state:
 * `""`, `side/2/`, `fylke/trondelag/`, `fylke/trondelag/side/2/`. Pages exist for no filter and for
 * one filter; a combination has none (it only exists as a query string, see docs/architecture.md).
 */
export function browseSubpath(filters: Filters, page = 1): string | undefined {
  const facets = activeFacets(filters);
  if (facets.length > 1) return undefined;
  const facet = facets[0];
  const base = facet === undefined ? '' : `${facet}/${filters[facet]}/`;
  return page > 1 ? `${base}side/${page}/` : base;
}

/** «historie» for one, «historier» for any other number. */
function storiesNoun(total: number): string {
  return total === 1 ? 'historie' : 'historier';
}

/** «18 historier», «1 historie», «Viser 13–18 av 18 historier» when the list has several pages. */
export function storyCountText(total: number, page: number, size: number): string {
  if (total === 0) return 'Ingen historier passer.';
  const noun = storiesNoun(total);
  if (total <= size) return `${total} ${noun}.`;
  const first = (page - 1) * size + 1;
  const last = Math.min(total, page * size);
  return `Viser ${first}–${last} av ${total} ${noun}.`;
}

/**
 * The filter form's button: how many stories the chosen filters give, so a person on a phone sees
 * the effect of a choice next to the selects, before the list below them. «Vis 18 historier».
 */
export function showStoriesText(total: number): string {
  return `Vis ${total} ${storiesNoun(total)}`;
}

/** Names of the facets as form labels and headings. */
export const FACET_LABELS: Record<Facet, string> = {
  bransje: 'Bransje',
  fylke: 'Fylke',
  virkemiddel: 'Virkemiddel',
  innsatsomrade: 'Innsatsområde',
  malgruppe: 'Målgruppe',
};

/** One value of a facet, with its label. */
export interface FacetTerm {
  id: string;
  label: string;
}

/** Every facet's values in display order, each from its vocabulary or collection. */
export type FacetVocabulary = Record<Facet, readonly FacetTerm[]>;

/** The facet values: fixed vocabularies in Bokmål, and the measures and focus areas by title. */
export function facetVocabulary(content: {
  measures: readonly { id: string; data: { title: string } }[];
  focusAreas: readonly { id: string; data: { title: string } }[];
}): FacetVocabulary {
  const terms = (vocabulary: readonly Term[]) => vocabulary.map((t) => ({ id: t.id, label: t.nb }));
  const titles = (entries: readonly { id: string; data: { title: string } }[]) => entries.map((e) => ({ id: e.id, label: e.data.title }));
  return {
    bransje: terms(INDUSTRIES),
    fylke: terms(COUNTIES),
    virkemiddel: titles(content.measures),
    innsatsomrade: titles(content.focusAreas),
    malgruppe: terms(TARGET_GROUPS),
  };
}

/** «Fylke: Trøndelag; bransje: Mat og drikke», for status messages and page titles. */
export function describeFilters(filters: Filters, vocabulary: FacetVocabulary): string {
  return activeFacets(filters)
    .map((facet, i) => {
      const id = filters[facet]!;
      const name = i === 0 ? FACET_LABELS[facet] : FACET_LABELS[facet].toLowerCase();
      return `${name}: ${vocabulary[facet].find((t) => t.id === id)?.label ?? id}`;
    })
    .join('; ');
}

/**
 * The story list's H1 for its filters, so a partner's link to «stories from Troms» lands on a page
 * that says so: «Historier», «Historier fra Troms», «Historier: Mat og drikke, Trøndelag».
 */
export function browseHeading(filters: Filters, vocabulary: FacetVocabulary): string {
  const facets = activeFacets(filters);
  const labelOf = (facet: Facet) => vocabulary[facet].find((t) => t.id === filters[facet])?.label ?? filters[facet]!;
  if (facets.length === 0) return 'Historier';
  if (facets.length === 1 && facets[0] === 'fylke') return `Historier fra ${labelOf('fylke')}`;
  return `Historier: ${facets.map(labelOf).join(', ')}`;
}

/** A pre-rendered page of the story list: no filter or one, and a page number. */
export interface BrowsePage {
  filters: Filters;
  page: number;
  /** Stories matching the filter, on all pages. */
  total: number;
}

/**
 * Every page the story list is pre-rendered as: all stories, and each facet value that has
 * stories, each split into pages of `size`. Combinations are left to the browser (see
 * docs/architecture.md), so the number of pages grows with the vocabularies, not their product.
 */
export function browsePages(values: readonly FacetValues[], vocabulary: FacetVocabulary, size: number): BrowsePage[] {
  const pagesOf = (filters: Filters, total: number): BrowsePage[] =>
    Array.from({ length: Math.max(1, Math.ceil(total / size)) }, (_, i) => ({ filters, page: i + 1, total }));
  const all = pagesOf({}, values.length);
  const single = FACETS.flatMap((facet) => {
    const counts = countByValue(values, facet);
    return vocabulary[facet].flatMap((term) => {
      const total = counts.get(term.id) ?? 0;
      return total > 0 ? pagesOf({ [facet]: term.id }, total) : [];
    });
  });
  return [...all, ...single];
}

/**
 * Title and description of a page of the story list: «Historier: Fylke: Trøndelag (side 2)».
 * @param described - the filters as `describeFilters` words them; '' for the whole list
 * @param page - the page number, from 1
 */
export function browsePageText(described: string, page: number): { title: string; description: string } {
  const title = `Historier${described ? `: ${described}` : ''}${page > 1 ? ` (side ${page})` : ''}`;
  const description = described
    ? `Historier om inkludering i arbeidslivet, filtrert på ${described.charAt(0).toLowerCase()}${described.slice(1)}.`
    : 'Eksempler skrevet for kampanjen som viser hvordan arbeidsgivere kan ansette folk med nedsatt funksjonsevne eller hull i CV-en, og hvilke virkemidler de kan bruke.';
  return { title, description };
}
