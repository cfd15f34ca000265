/**
 * The line above a search result's title: what kind of page it is, which county and industry a
 * story is about, when it was published, and whether it is in Nynorsk. Naming the county and
 * industry shows why a story was found by a word it does not use: «Nord-Norge» finds the
 * stories from Finnmark, «oppdrett» those in «Landbruk og fiske» (see `searchWords` in taxonomy.ts).
 */
import { formatDate } from '../dates';

/** The facets whose values a result names, in the order shown. */
export const NAMED_FACETS = ['fylke', 'bransje'] as const;

/** The parts of a Pagefind result the line is made from. */
export interface AboutSource {
  meta: Record<string, string | undefined>;
  filters: Record<string, string[] | undefined>;
}

/**
 * The parts of a result's line, in order: type, county, industry, date, «Nynorsk». `labelOf`
 * gives a facet value's name (the search page reads them from its own checkboxes); values it does
 * not know, and an unreadable date, are left out.
 */
export function aboutParts(result: AboutSource, labelOf: (facet: string, value: string) => string | undefined): string[] {
  const named = NAMED_FACETS.flatMap((facet) => (result.filters[facet] ?? []).map((value) => labelOf(facet, value)));
  const date = result.meta['dato'] ? new Date(result.meta['dato']) : undefined;
  const parts = [
    result.meta['type'],
    ...named,
    date && !Number.isNaN(date.getTime()) ? formatDate(date) : undefined,
    result.filters['sprak']?.[0] === 'nn' ? 'Nynorsk' : undefined,
  ];
  return parts.filter((p): p is string => p !== undefined && p !== '');
}
