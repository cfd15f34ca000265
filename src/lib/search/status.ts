/**
 * The search page's status line, which screen readers announce (role=status): how many results,
 * for what, with which filters and in which order, so that a change of filter or order is heard.
 */

/** «Ingen treff», «1 treff», «12 treff». */
export function hitCount(count: number): string {
  return count === 0 ? 'Ingen treff' : `${count} treff`;
}

/**
 * The words around a «Mente du …?» offer, which the page makes a link: «Ingen treff for
 * «mentro». Mente du «» and «»?».
 */
export function suggestionText(count: number, q: string): [before: string, after: string] {
  return [`${hitCount(count)} for «${q}». Mente du «`, '»?'];
}

/** «A», «A og B», «A, B og C». */
function listOf(items: readonly string[]): string {
  return items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} og ${items.at(-1)}`;
}

/** What the status line says about a search. */
export interface StatusSource {
  count: number;
  /** The query as typed. */
  q: string;
  /** The names of the filters chosen. */
  filters: readonly string[];
  /** Whether newest first was chosen (a search without words is always in that order). */
  newestFirst: boolean;
}

/**
 * «12 treff for «mentor», filtrert på Historie og Nordland, nyeste først»; with no results, what
 * to try instead.
 */
export function statusText({ count, q, filters, newestFirst }: StatusSource): string {
  const filtered = filters.length > 0 ? `filtrert på ${listOf(filters)}` : '';
  if (count === 0 && q === '') return filtered ? `Ingen treff med disse filtrene: ${listOf(filters)}.` : 'Ingen treff.';
  const about = [q ? `${hitCount(count)} for «${q}»` : hitCount(count), filtered, newestFirst && q ? 'nyeste først' : ''].filter((p) => p !== '').join(', ');
  return count === 0 ? `${about}. Prøv et annet ord, eller fjern noen filtre.` : about;
}
