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

/** A measure and the measures it can be combined with. */
export interface CombinationList<T> {
  measure: T;
  /** The other measures it can be combined with, in the given order. Empty: the sources name none. */
  partners: T[];
}

/**
 * Each measure with the measures it can be combined with (by `canCombine`), both in the given
 * order: the matrix's rows as lists, for screens too narrow for the matrix. An empty `partners`
 * means no source names a combination, not that there can be none.
 */
export function combinationLists<T extends Combinable>(measures: readonly T[]): CombinationList<T>[] {
  return measures.map((measure) => ({ measure, partners: measures.filter((other) => canCombine(measure, other)) }));
}

/** Another measure that stories use together with a given one, and the stories that do. */
export interface StoryCombination<M, S> {
  measure: M;
  /** The stories that use both, in the given order. */
  stories: S[];
}

/**
 * The other measures that stories use together with `measureId`, each with those stories, in the
 * given orders. Measures in `named` (the ones the sources name as combinable) are left out: the
 * page lists them already, and this list is for what the stories add to them.
 */
export function storyCombinations<M extends { id: string }, S extends { data: { measures: readonly { id: string }[] } }>(
  measureId: string,
  measures: readonly M[],
  stories: readonly S[],
  named: ReadonlySet<string>,
): StoryCombination<M, S>[] {
  const uses = (story: S, id: string) => story.data.measures.some((m) => m.id === id);
  const using = stories.filter((s) => uses(s, measureId));
  return measures
    .filter((m) => m.id !== measureId && !named.has(m.id))
    .map((measure) => ({ measure, stories: using.filter((s) => uses(s, measure.id)) }))
    .filter((c) => c.stories.length > 0);
}
