/**
 * Searches for what is being typed before it is submitted, one search at a time, so that on Enter
 * (or after a pause) the results, and the top result's text, are usually ready. Only the newest
 * typed query is ever run: older ones that have not started yet are dropped, so the search engine
 * never has more than one search ahead of the one the person asks for.
 *
 * On a large index or a slow device a search can take longer than the pause between keys, and a
 * search still running ahead then delays the one asked for. So it also keeps how long the last
 * search took: when that is over the limit, `slow` tells the caller to stop searching ahead.
 */
export class SearchAhead<R> {
  /** How long the last search took, in ms (searches ahead and others the caller records). */
  private lastDuration = 0;

  /** The newest query searched ahead, and its result (undefined if the search failed or was dropped). */
  private latest: { key: string; result: Promise<R | undefined> } | undefined;
  /** Settles when the search running ahead, and its follow-up, are done. */
  private queue: Promise<unknown> = Promise.resolve();

  /** @param slowAfter - ms a search may take before searching ahead costs more than it saves */
  constructor(private readonly slowAfter = Number.POSITIVE_INFINITY) {}

  /** Whether the last search took longer than `slowAfter`. */
  get slow(): boolean {
    return this.lastDuration > this.slowAfter;
  }

  /**
   * Records how long a search took.
   * @param ms - the search's duration
   */
  record(ms: number): void {
    this.lastDuration = ms;
  }

  /**
   * Searches ahead for `key`, after the search already running ahead (if any) is done.
   * @param key - identifies the query and its options; the same key must mean the same results
   * @param search - runs the search
   * @param then - more work on the result before the next search may start (fetching the top result)
   */
  ahead(key: string, search: () => Promise<R>, then?: (result: R) => Promise<unknown>): void {
    if (this.latest?.key === key) return;
    const entry: { key: string; result: Promise<R | undefined> } = { key, result: Promise.resolve(undefined) };
    entry.result = this.queue.then(() => (this.latest === entry ? this.timed(search) : undefined)).catch(() => undefined);
    this.latest = entry;
    this.queue = entry.result.then((result) => (result !== undefined && then ? then(result) : undefined)).catch(() => undefined);
  }

  /**
   * The result searched ahead for `key`, if that is the newest query searched ahead. It may still
   * be running; it resolves to undefined if the search failed.
   */
  take(key: string): Promise<R | undefined> | undefined {
    return this.latest?.key === key ? this.latest.result : undefined;
  }

  /**
   * Runs a search and records how long it took. Searches ahead go through it; so should the
   * caller's other searches, so that `slow` knows about them too.
   * @param search - runs the search
   */
  async timed(search: () => Promise<R>): Promise<R> {
    const start = performance.now();
    const result = await search();
    this.record(performance.now() - start);
    return result;
  }
}
