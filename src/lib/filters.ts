/**
 * Story browsing: which facets a story has, which stories match a set of filters, and how a filter
 * state is written in a URL. Runs both at build time (pre-rendered pages) and in the browser
 * (src/scripts/story-filter.ts), so it must stay free of Astro imports.
 */

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

/** True if `value` is one of the facet names. */
export function isFacet(value: string): value is Facet {
  return (FACETS as readonly string[]).includes(value);
}

/** A story's value(s) for each facet. */
export function facetValuesOf(story: FacetSource): FacetValues {
  const { data } = story;
  return {
    bransje: [data.industry],
    fylke: [data.county],
    virkemiddel: data.measures.map((m) => m.id),
    innsatsomrade: [data.focusArea.id],
    malgruppe: [...data.targetGroups],
  };
}

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

/** The filtered facets, in the fixed facet order. */
export function activeFacets(filters: Filters): Facet[] {
  return FACETS.filter((facet) => filters[facet] !== undefined);
}

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

/** «18 historier», «1 historie», «Viser 13–18 av 18 historier» when the list has several pages. */
export function storyCountText(total: number, page: number, size: number): string {
  if (total === 0) return 'Ingen historier passer.';
  const noun = total === 1 ? 'historie' : 'historier';
  if (total <= size) return `${total} ${noun}.`;
  const first = (page - 1) * size + 1;
  const last = Math.min(total, page * size);
  return `Viser ${first}–${last} av ${total} ${noun}.`;
}
