/**
 * Search state in the URL (/sok/?q=…&fylke=…&sort=dato), so every search can be shared and the
 * back button works. Parsing is strict: unknown keys are dropped and filter values must look like
 * vocabulary ids, so nothing from the URL reaches the page except the query, shown as text.
 */
import { foldNorwegian } from '../slug';

/** Facet keys, in the order they appear in URLs and on the page. */
export const FILTER_KEYS = ['type', 'bransje', 'fylke', 'virkemiddel', 'innsatsomrade', 'sprak'] as const;
export type FilterKey = (typeof FILTER_KEYS)[number];

/** Result orders: Pagefind's relevance, or newest first. */
export const SORTS = ['relevans', 'dato'] as const;
export type Sort = (typeof SORTS)[number];

/** Everything that decides what the search page shows. */
export interface SearchState {
  q: string;
  filters: Partial<Record<FilterKey, string[]>>;
  sort: Sort;
}

/** Longest query kept; longer text is cut. */
export const MAX_QUERY = 200;
/** Filter values are vocabulary ids like `more-og-romsdal`. */
const VALUE = /^[a-z0-9][a-z0-9-]{0,79}$/;
/** Most words highlighted on a result page. */
const MAX_FRAGMENTS = 4;

/**
 * Little words that Pagefind marks when a query has them («hull i CV-en»). As a text fragment such
 * a word highlights, and scrolls to, its first appearance anywhere on the page.
 */
const UNMARKED = new Set(
  'i å e og på av til en et ei ein eit for med som er om at det den de fra frå har kan ikke ikkje seg sin du vi dere'.split(' '),
);

/** A filter value as typed by hand («Nordland», «Møre og Romsdal») in the form of a vocabulary id. */
function asId(value: string): string {
  return foldNorwegian(value.trim()).replace(/\s+/g, '-');
}

/**
 * Reads the search state from a query string (with or without the leading `?`). Filter values
 * typed by hand are read as ids: `?fylke=Nordland` is `nordland`.
 */
export function parseSearchState(query: string | URLSearchParams): SearchState {
  const params = typeof query === 'string' ? new URLSearchParams(query) : query;
  const filters: SearchState['filters'] = {};
  for (const key of FILTER_KEYS) {
    const values = [...new Set(params.getAll(key).map(asId).filter((v) => VALUE.test(v)))];
    if (values.length > 0) filters[key] = values;
  }
  const sort = params.get('sort');
  return {
    q: (params.get('q') ?? '').replace(/\s+/g, ' ').trim().slice(0, MAX_QUERY),
    filters,
    sort: sort === 'dato' ? 'dato' : 'relevans',
  };
}

/** The query string (without `?`) for a state; empty parts are left out, keys in a fixed order. */
export function searchStateToQuery(state: SearchState): string {
  const params = new URLSearchParams();
  if (state.q.trim() !== '') params.set('q', state.q.trim());
  for (const key of FILTER_KEYS) {
    for (const value of state.filters[key] ?? []) params.append(key, value);
  }
  if (state.sort === 'dato') params.set('sort', 'dato');
  return params.toString();
}

/** Whether two states would show the same results. */
export function sameState(a: SearchState, b: SearchState): boolean {
  return searchStateToQuery(a) === searchStateToQuery(b);
}

/** Whether the state asks for anything at all (a query or a filter). */
export function hasCriteria(state: SearchState): boolean {
  return state.q !== '' || Object.keys(state.filters).length > 0;
}

/** The state as Pagefind search options: any value within a facet, every facet must match. */
export function toPagefindOptions(state: SearchState): {
  filters: Partial<Record<FilterKey, { any: string[] }>>;
  sort?: { dato: 'desc' };
} {
  const filters: Partial<Record<FilterKey, { any: string[] }>> = {};
  for (const key of FILTER_KEYS) {
    const values = state.filters[key];
    if (values && values.length > 0) filters[key] = { any: values };
  }
  // Without a query there is no relevance, so newest first is the only useful order.
  return state.sort === 'dato' || state.q === '' ? { filters, sort: { dato: 'desc' } } : { filters };
}

/**
 * A result URL with a text fragment (`#:~:text=…`) for each of the words the excerpt marked, so the
 * browser itself highlights them on the page it opens, and no script has to load there.
 * Words are the page's own text; punctuation around them and little words such as «i» are dropped.
 * An anchor is kept.
 */
export function withTextFragment(url: string, words: readonly string[]): string {
  const seen = new Set<string>();
  const clean = words
    .map((w) => w.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, ''))
    // Text fragments ignore case, so one of «Mentor» and «mentor» is enough.
    .filter((w) => w !== '' && !UNMARKED.has(w.toLowerCase()) && !seen.has(w.toLowerCase()) && seen.add(w.toLowerCase()))
    .slice(0, MAX_FRAGMENTS);
  if (clean.length === 0) return url;
  // In a text directive, "-", "&" and "," are syntax, so they are percent-encoded too.
  const encode = (w: string) => encodeURIComponent(w).replace(/-/g, '%2D').replace(/,/g, '%2C');
  const directive = `:~:${clean.map((w) => `text=${encode(w)}`).join('&')}`;
  return url.includes('#') ? `${url}${directive}` : `${url}#${directive}`;
}
