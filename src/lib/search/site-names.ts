/**
 * The names the site uses, for «Mente du …?» (suggest.ts): entry titles, measures' and focus areas'
 * short names, and the labels and other words of the industries, counties and target groups. Kept
 * apart from suggest.ts, which the search page's script imports, so the vocabularies stay out of it.
 */
import { COUNTIES, INDUSTRIES, TARGET_GROUPS, type Term } from '../taxonomy';

interface Titled {
  data: { title: string; shortTitle?: string | undefined };
}

/** The site's content, as `loadSite()` returns it (structural, so tests can pass plain objects). */
export interface NamedSite {
  measures: readonly Titled[];
  focusAreas: readonly Titled[];
  articles: readonly Titled[];
  pages: readonly Titled[];
  stories: readonly Titled[];
}

/**
 * Every name, in order: measures, focus areas, other titles, then the vocabularies. Not the
 * measures' other names (`searchAliases`): some are misspellings, kept so that a search finds them.
 */
export function siteNames(site: NamedSite): string[] {
  const names = ({ data }: Titled) => (data.shortTitle ? [data.title, data.shortTitle] : [data.title]);
  const labels = (terms: readonly Term[]) => terms.flatMap((t) => [t.nb, t.nn, ...(t.searchWords ?? [])]);
  return [
    ...site.measures.flatMap(names),
    ...site.focusAreas.flatMap(names),
    ...[...site.articles, ...site.pages, ...site.stories].map((e) => e.data.title),
    ...labels(INDUSTRIES),
    ...labels(COUNTIES),
    ...labels(TARGET_GROUPS),
  ];
}
