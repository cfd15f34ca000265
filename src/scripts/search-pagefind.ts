/** The parts of Pagefind's browser API (pagefind.js) the search page uses. */

/** Counts per facet value. */
export type FilterCounts = Record<string, Record<string, number>>;

export interface PagefindSubResult {
  title: string;
  url: string;
  excerpt: string;
  locations?: number[];
}

export interface PagefindResultData {
  url: string;
  excerpt: string;
  /** The page's whole indexed text. */
  content: string;
  meta: Record<string, string | undefined>;
  filters: Record<string, string[]>;
  sub_results: PagefindSubResult[];
}

export interface PagefindResult {
  id: string;
  data(): Promise<PagefindResultData>;
}

export interface PagefindSearch {
  results: PagefindResult[];
  unfilteredResultCount: number;
  filters: FilterCounts;
  totalFilters: FilterCounts;
}

export interface Pagefind {
  options(options: { baseUrl?: string; excerptLength?: number }): Promise<void>;
  init(): Promise<void>;
  search(query: string | null, options?: { filters?: object; sort?: object }): Promise<PagefindSearch | null>;
  /** Loads the index chunks a search for `query` will need, without searching. */
  preload(query: string, options?: { filters?: object; sort?: object }): Promise<void>;
  filters(): Promise<FilterCounts>;
}

let loading: Promise<Pagefind> | undefined;

/**
 * Loads Pagefind once from the site's own bundle (base-path aware) and sets its result base URL.
 * @param bundle - URL of pagefind.js, rendered by the server
 * @param base - the site's base path, for result URLs
 */
export function loadPagefind(bundle: string, base: string): Promise<Pagefind> {
  loading ??= (async () => {
    const pagefind = (await import(/* @vite-ignore */ bundle)) as Pagefind;
    await pagefind.options({ baseUrl: base, excerptLength: 24 });
    await pagefind.init();
    return pagefind;
  })().catch((error: unknown) => {
    loading = undefined;
    throw error;
  });
  return loading;
}
