/**
 * What a page tells the search index about itself: content type, language, facet values and the
 * date to sort by. Routes call these with their entry's data and pass the result to Base.astro,
 * which renders it as Pagefind attributes on empty elements (so values never enter the text).
 */
import type { Lang } from '../dates';
import type { FilterKey } from './url-state';
import { COUNTIES, INDUSTRIES, label } from '../taxonomy';
import { asciiVariantsOf } from './spelling';

/** Content types, as used in the `type` facet and in URLs. */
export const CONTENT_TYPES = [
  { id: 'historie', nb: 'Historie', nn: 'Historie' },
  { id: 'virkemiddel', nb: 'Virkemiddel', nn: 'Verkemiddel' },
  { id: 'innsatsomrade', nb: 'Innsatsområde', nn: 'Innsatsområde' },
  { id: 'artikkel', nb: 'Artikkel', nn: 'Artikkel' },
  { id: 'side', nb: 'Side', nn: 'Side' },
] as const;
export type ContentType = (typeof CONTENT_TYPES)[number]['id'];

/** Languages, as used in the `sprak` facet. */
export const LANGUAGES = [
  { id: 'nb', nb: 'Bokmål', nn: 'Bokmål' },
  { id: 'nn', nb: 'Nynorsk', nn: 'Nynorsk' },
] as const;

/** A page's search data: facets, sort key and the metadata results show. */
export interface SearchData {
  /** Facet values (vocabulary ids) by facet key. */
  filters: Partial<Record<FilterKey, string[]>>;
  /** Sort keys; `dato` is the ISO date the page was published. */
  sort: { dato: string };
  /**
   * Metadata shown with the result: type label and date. Pagefind also ranks pages by matches in
   * their metadata, so nothing goes here that would only be a ranking signal (a description field
   * put stories that repeat a measure's name in their description above the measure's own page).
   * The exceptions: `kortnavn`, a measure's short name where it has one («IPS»), since a search
   * for that name should find the measure before pages that only mention it; and `stikkord`, a
   * story's county and industry names and their other words (with their ASCII spellings), since a search for «Møre og
   * Romsdal» or «handel» should find that county's or industry's stories before a measure page
   * that names a NAV office there. Neither is shown.
   */
  meta: { type: string; dato: string; kortnavn?: string; stikkord?: string };
  /** Other names the page is found by (a measure's or an article's `searchAliases`); indexed with the title's weight, never shown. */
  aliases?: string[];
}

interface Ref {
  id: string;
}
interface Common {
  lang: Lang;
  published: Date;
  /** Other names (`searchAliases` of measures and articles). */
  searchAliases?: string[] | undefined;
}

function isoDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}

function make(type: ContentType, data: Common, filters: SearchData['filters']): SearchData {
  const typeLabel = CONTENT_TYPES.find((t) => t.id === type)?.nb ?? type;
  const clean: SearchData['filters'] = { type: [type], sprak: [data.lang] };
  for (const [key, values] of Object.entries(filters) as [FilterKey, string[]][]) {
    const unique = [...new Set(values)];
    if (unique.length > 0) clean[key] = unique;
  }
  const search: SearchData = { filters: clean, sort: { dato: isoDate(data.published) }, meta: { type: typeLabel, dato: isoDate(data.published) } };
  if (data.searchAliases && data.searchAliases.length > 0) search.aliases = data.searchAliases;
  return search;
}

/**
 * Search data for a story: its industry, county, measures and focus area, and as `stikkord` the
 * names of the first two and their other words («Nord-Norge» for Nordland, «oppdrett» for
 * «Landbruk og fiske»).
 */
export function storySearchData(data: Common & { industry: string; county: string; measures: Ref[]; focusArea: Ref }): SearchData {
  const search = make('historie', data, {
    bransje: [data.industry],
    fylke: [data.county],
    virkemiddel: data.measures.map((m) => m.id),
    innsatsomrade: [data.focusArea.id],
  });
  const otherWords = [COUNTIES.find((t) => t.id === data.county), INDUSTRIES.find((t) => t.id === data.industry)].flatMap((t) => t?.searchWords ?? []);
  const names = [label(COUNTIES, data.county, data.lang), label(INDUSTRIES, data.industry, data.lang), ...otherWords];
  search.meta.stikkord = [...names, ...asciiVariantsOf(names.join(' '))].join(' ');
  return search;
}

/**
 * Search data for a measure: itself as the `virkemiddel` facet, its focus areas, its short
 * name (if any) as metadata, so a search for «IPS» ranks «Individuell jobbstøtte (IPS)» above
 * «IPS ung», and its other names («mentortilskudd», «lønstilskot»).
 */
export function measureSearchData(
  id: string,
  data: Common & { focusAreas: Ref[]; shortTitle?: string | undefined },
): SearchData {
  const search = make('virkemiddel', data, { virkemiddel: [id], innsatsomrade: data.focusAreas.map((f) => f.id) });
  if (data.shortTitle) search.meta.kortnavn = data.shortTitle;
  return search;
}

/** Search data for a focus area: itself as the `innsatsomrade` facet. */
export function focusAreaSearchData(id: string, data: Common): SearchData {
  return make('innsatsomrade', data, { innsatsomrade: [id] });
}

/** Search data for an article: the measures and focus areas it is about, and its other names. */
export function articleSearchData(data: Common & { measures: Ref[]; focusAreas: Ref[] }): SearchData {
  return make('artikkel', data, {
    virkemiddel: data.measures.map((m) => m.id),
    innsatsomrade: data.focusAreas.map((f) => f.id),
  });
}

/** Search data for a campaign page. */
export function pageSearchData(data: Common): SearchData {
  return make('side', data, {});
}

/** One Pagefind attribute to render on an empty element. */
export interface SearchAttribute {
  kind: 'filter' | 'sort' | 'meta';
  key: string;
  value: string;
}

/** The attributes Base.astro renders for a page's search data, one value per element. */
export function searchAttributes(search: SearchData): SearchAttribute[] {
  const out: SearchAttribute[] = [];
  for (const [key, values] of Object.entries(search.filters)) {
    for (const value of values ?? []) out.push({ kind: 'filter', key, value });
  }
  for (const [key, value] of Object.entries(search.sort)) out.push({ kind: 'sort', key, value });
  for (const [key, value] of Object.entries(search.meta)) out.push({ kind: 'meta', key, value });
  return out;
}
