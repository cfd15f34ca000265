/**
 * How many results each facet value would give, as the search page shows next to its checkboxes.
 * A value's count is the number of results for the query and the filters chosen in the other
 * facets, with that value: what ticking it would show. Values in a facet are alternatives (any of
 * them), so a facet's own choices do not narrow its counts.
 */
import { FILTER_KEYS, type FilterKey, type SearchState } from './url-state';

/** Results per facet value, per facet. */
export type FacetCounts = Record<string, Record<string, number>>;

/** The state without the values chosen in one facet. */
function withoutFacet(state: SearchState, key: FilterKey): SearchState {
  const filters = { ...state.filters };
  delete filters[key];
  return { ...state, filters };
}

/**
 * Counts for every facet of a search. Facets with nothing chosen take their counts from the search
 * itself; a facet with choices takes them from the same search without its own choices, one search
 * more per such facet.
 * @param state - the search shown
 * @param countsFor - counts per facet value among one search's results (Pagefind's `filters`), or
 *   null if that search has been overtaken
 * @returns the counts, or null if any of the searches returned null
 */
export async function facetCounts(state: SearchState, countsFor: (state: SearchState) => Promise<FacetCounts | null>): Promise<FacetCounts | null> {
  const chosen = FILTER_KEYS.filter((key) => (state.filters[key]?.length ?? 0) > 0);
  const [own, ...others] = await Promise.all([countsFor(state), ...chosen.map((key) => countsFor(withoutFacet(state, key)))]);
  if (!own || others.some((counts) => !counts)) return null;
  const counts: FacetCounts = { ...own };
  chosen.forEach((key, i) => {
    counts[key] = others[i]?.[key] ?? {};
  });
  return counts;
}

/** Counts of zero for every value: for a query with a word no page has, where any choice gives nothing. */
export function zeroCounts(): FacetCounts {
  return Object.fromEntries(FILTER_KEYS.map((key) => [key, {}]));
}
