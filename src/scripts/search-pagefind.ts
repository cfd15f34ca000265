/** The parts of Pagefind's browser API (pagefind.js) the search page uses, and its two copies. */

import type { FacetCounts } from '../lib/search/facet-counts';
import { idleQueue, type ScheduleIdle } from '../lib/search/idle-queue';
import { TITLE_SPELLINGS_META, TITLE_SPELLINGS_WEIGHT } from '../lib/search/title-spellings';

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
  filters: FacetCounts;
}

/** One Pagefind instance: its loaded index chunks and facet data. */
export interface Pagefind {
  options(options: { baseUrl?: string; excerptLength?: number; ranking?: { termSimilarity?: number; metaWeights?: Record<string, number> } }): Promise<void>;
  init(): Promise<void>;
  search(query: string | null, options?: { filters?: object; sort?: object }): Promise<PagefindSearch | null>;
  /** Loads the index chunks a search for `query` will need, without searching. */
  preload(query: string, options?: { filters?: object; sort?: object }): Promise<void>;
  /** Loads every facet's data; from then on every search counts every facet. */
  filters(): Promise<FacetCounts>;
}

let loading: Promise<Pagefind> | undefined;
let loadingCounter: Promise<Pagefind> | undefined;
let releasesDeferred = false;

/** A message from pagefind.js to its worker (Pagefind 1.6's internal format). */
function isRelease(message: unknown): boolean {
  return typeof message === 'object' && message !== null && (message as { method?: unknown }).method === 'releaseData';
}

/**
 * Pagefind tells its worker to free each result's data, one message per result, when the page
 * garbage-collects the results. After a search over 10,000 pages that is 10,000 messages at once,
 * and the next search waited up to two seconds behind them. Those messages are sent fifty at a
 * time when the page is idle instead; everything else goes at once.
 */
function deferReleases(): void {
  if (releasesDeferred) return;
  releasesDeferred = true;
  const post = Worker.prototype.postMessage;
  const scheduleIdle: ScheduleIdle = (work) =>
    'requestIdleCallback' in window ? requestIdleCallback(work, { timeout: 1000 }) : setTimeout(work, 50);
  const release = idleQueue<[Worker, unknown]>(([worker, message]) => post.call(worker, message), scheduleIdle);
  Worker.prototype.postMessage = function (this: Worker, ...args: [unknown, (StructuredSerializeOptions | Transferable[])?]) {
    if (isRelease(args[0])) release([this, args[0]]);
    else Reflect.apply(post, this, args);
  };
}

/** `load()`, calling `forget` when it fails so that the next call tries again. */
function retryable<T>(load: () => Promise<T>, forget: () => void): Promise<T> {
  return load().catch((error: unknown) => {
    forget();
    throw error;
  });
}

/** Imports a copy of pagefind.js from `url` and sets it up for the site's base path. */
async function importPagefind(url: string, base: string): Promise<Pagefind> {
  deferReleases();
  const pagefind = (await import(/* @vite-ignore */ url)) as Pagefind;
  // A stronger preference for whole words than Pagefind's default (1): «vi inkluderer» should put
  // the measure before a page that only has «inkluderingskompetanse», «kontakt» before «kontaktlærer».
  // The title's other spellings count as the title (title-spellings.ts).
  await pagefind.options({
    baseUrl: base,
    excerptLength: 24,
    ranking: { termSimilarity: 4, metaWeights: { [TITLE_SPELLINGS_META]: TITLE_SPELLINGS_WEIGHT } },
  });
  await pagefind.init();
  return pagefind;
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
  loading ??= retryable(
    () => importPagefind(bundle, base),
    () => (loading = undefined),
  );
  return loading;
}

/**
 * A second Pagefind, made once, with every facet's data loaded, that counts the results per facet
 * value after the results are shown. It is a second copy of pagefind.js (the URL fragment makes
 * the browser evaluate the module again, from the one download), because every instance made
 * from one copy shares one worker: at 10,000 pages a count takes 200–500 ms there, and the next
 * query's results would wait behind it. It fetches the same files as the first, which the
 * browser has cached.
 * @param bundle - URL of pagefind.js, rendered by the server
 * @param base - the site's base path
 */
export function loadFacetCounter(bundle: string, base: string): Promise<Pagefind> {
  loadingCounter ??= retryable(
    async () => {
      const counter = await importPagefind(`${bundle}#facet-counts`, base);
      await counter.filters();
      return counter;
    },
    () => (loadingCounter = undefined),
  );
  return loadingCounter;
}
