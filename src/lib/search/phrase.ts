/**
 * Quoted phrases. Pagefind finds the pages with the exact phrase but gives them all the same score
 * (so «"vi inkluderer"» lists the measure last, in address order). The search page therefore
 * ranks the phrase's pages as the same words without quotes would rank them.
 */

/** Whether a query asks for an exact phrase: it has a pair of straight double quotes. */
export function hasPhrase(query: string): boolean {
  return /"[^"]*[\p{L}\p{N}][^"]*"/u.test(query);
}

/** The query without its quotes, so Pagefind ranks its words: «"vi inkluderer"» → «vi inkluderer». */
export function withoutQuotes(query: string): string {
  return query.replace(/"/g, ' ').replace(/\s+/g, ' ').trim();
}

/**
 * `hits` in the order their ids have in `ranked`; hits that `ranked` lacks come after, in their
 * own order. Neither list is changed.
 */
export function inRankOrder<T extends { id: string }>(hits: readonly T[], ranked: readonly { id: string }[]): T[] {
  const rank = new Map(ranked.map((r, i) => [r.id, i]));
  const at = (hit: T) => rank.get(hit.id) ?? ranked.length;
  // Array.prototype.sort is stable, so hits with equal rank keep their order.
  return [...hits].sort((a, b) => at(a) - at(b));
}
