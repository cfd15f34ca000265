/** Small pure helpers over content entries: sorting and lookups. */

interface Dated {
  data: { published: Date };
}
interface Ordered {
  data: { order: number };
}
interface WithId {
  id: string;
}
interface Reference {
  id: string;
}

/** Newest first. */
export function byPublishedDesc(a: Dated, b: Dated): number {
  return b.data.published.getTime() - a.data.published.getTime();
}

/** By the `order` field, lowest first. */
export function byOrder(a: Ordered, b: Ordered): number {
  return a.data.order - b.data.order;
}

/**
 * Resolves references against a list of entries, keeping the references' order.
 * @throws if a reference is missing (loadSite has already checked this, so it means a code bug).
 */
export function resolve<T extends WithId>(refs: readonly Reference[], entries: readonly T[]): T[] {
  return refs.map((ref) => {
    const found = entries.find((e) => e.id === ref.id);
    if (!found) throw new Error(`Missing entry "${ref.id}"`);
    return found;
  });
}

/** Entries whose reference list (picked by `refsOf`) includes the given id. */
export function referencing<T>(entries: readonly T[], refsOf: (entry: T) => readonly Reference[], id: string): T[] {
  return entries.filter((entry) => refsOf(entry).some((ref) => ref.id === id));
}

/**
 * A focus area's short name in the language of the page that names it, for places where a
 * Bokmål name cannot carry `lang="nb"` (share images, printed headers).
 */
export function focusAreaName(data: { shortTitle: string; shortTitleNn: string }, lang: 'nb' | 'nn'): string {
  return lang === 'nn' ? data.shortTitleNn : data.shortTitle;
}
