/** Which measures can be combined, from the measures' `combinesWith` frontmatter. */

interface Combinable {
  id: string;
  data: { combinesWith: readonly { id: string }[] };
}

/**
 * True if two different measures can be combined. Either measure listing the other is enough:
 * editors add `combinesWith` on one page at a time, and the combination works both ways.
 */
export function canCombine(a: Combinable, b: Combinable): boolean {
  if (a.id === b.id) return false;
  return a.data.combinesWith.some((c) => c.id === b.id) || b.data.combinesWith.some((c) => c.id === a.id);
}

/** A cell of the combination matrix: the same measure, combinable, or not listed as combinable. */
export type CombinationCell = 'same' | 'yes' | 'no';

/** The matrix of every measure against every measure, rows and columns in the given order. */
export function combinationMatrix(measures: readonly Combinable[]): CombinationCell[][] {
  return measures.map((row) => measures.map((col) => (row.id === col.id ? 'same' : canCombine(row, col) ? 'yes' : 'no')));
}
