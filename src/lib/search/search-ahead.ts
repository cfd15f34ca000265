/**
 * Searches for what is being typed before it is submitted, one search at a time, so that on Enter
 * (or after a pause) the results, and the top result's text, are usually ready. Only the newest
 * typed query is ever run: older ones that have not started yet are dropped, so the search engine
 * never has more than one search ahead of the one the person asks for.
 */
export class SearchAhead<R> {
  /** The newest query searched ahead, and its result (undefined if the search failed or was dropped). */
  private latest: { key: string; result: Promise<R | undefined> } | undefined;
  /** Settles when the search running ahead, and its follow-up, are done. */
  private queue: Promise<unknown> = Promise.resolve();

  /**
   * Searches ahead for `key`, after the search already running ahead (if any) is done.
   * @param key - identifies the query and its options; the same key must mean the same results
   * @param search - runs the search
   * @param then - more work on the result before the next search may start (fetching the top result)
   */
  ahead(key: string, search: () => Promise<R>, then?: (result: R) => Promise<unknown>): void {
    if (this.latest?.key === key) return;
    const entry: { key: string; result: Promise<R | undefined> } = { key, result: Promise.resolve(undefined) };
    entry.result = this.queue.then(() => (this.latest === entry ? search() : undefined)).catch(() => undefined);
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
}
