/** The parts of Pagefind's browser API (pagefind.js) the search page uses, and its two instances. */

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

/** One Pagefind instance: its loaded index chunks and facet data. */
export interface Pagefind {
  options(options: { baseUrl?: string; excerptLength?: number }): Promise<void>;
  init(): Promise<void>;
  search(query: string | null, options?: { filters?: object; sort?: object }): Promise<PagefindSearch | null>;
  /** Loads the index chunks a search for `query` will need, without searching. */
  preload(query: string, options?: { filters?: object; sort?: object }): Promise<void>;
  /** Loads every facet's data; from then on every search counts every facet. */
  filters(): Promise<FilterCounts>;
}

/** pagefind.js: its default instance, and more instances over the same index. */
interface PagefindModule extends Pagefind {
  createInstance(): Pagefind;
}

let loading: Promise<PagefindModule> | undefined;
let loadingCounter: Promise<Pagefind> | undefined;

/** `load()`, calling `forget` when it fails so that the next call tries again. */
function retryable<T>(load: () => Promise<T>, forget: () => void): Promise<T> {
  return load().catch((error: unknown) => {
    forget();
    throw error;
  });
}

async function setUp<T extends Pagefind>(pagefind: T, base: string): Promise<T> {
  await pagefind.options({ baseUrl: base, excerptLength: 24 });
  await pagefind.init();
  return pagefind;
}

function loadModule(bundle: string, base: string): Promise<PagefindModule> {
  loading ??= retryable(
    async () => setUp((await import(/* @vite-ignore */ bundle)) as PagefindModule, base),
    () => (loading = undefined),
  );
  return loading;
}

/**
 * Loads Pagefind once from the site's own bundle (base-path aware) and sets its result base URL.
 * This instance finds the results. It loads only the facet data a search filters by: Pagefind
 * counts every facet it has loaded on every search, which at 10,000 pages is most of the time a
 * search takes.
 * @param bundle - URL of pagefind.js, rendered by the server
 * @param base - the site's base path, for result URLs
 */
export function loadPagefind(bundle: string, base: string): Promise<Pagefind> {
  return loadModule(bundle, base);
}

/**
 * A second Pagefind instance, made once, with every facet's data loaded, that counts the results
 * per facet value after the results are shown. It fetches the same files as the first, which the
 * browser has cached.
 * @param bundle - URL of pagefind.js, rendered by the server
 * @param base - the site's base path
 */
export function loadFacetCounter(bundle: string, base: string): Promise<Pagefind> {
  loadingCounter ??= retryable(
    async () => {
      const counter = await setUp((await loadModule(bundle, base)).createInstance(), base);
      await counter.filters();
      return counter;
    },
    () => (loadingCounter = undefined),
  );
  return loadingCounter;
}
