/**
 * The facets the search page offers, with their options, built from the vocabularies and the
 * site's measures and focus areas. Rendered as checkboxes, so they also work without JavaScript.
 */
import { COUNTIES, INDUSTRIES } from '../taxonomy';
import { CONTENT_TYPES, LANGUAGES } from './page-data';
import type { FilterKey } from './url-state';

/** One checkbox: the value sent in the URL and the label shown. */
export interface FacetOption {
  value: string;
  label: string;
}

/** One fieldset of checkboxes. */
export interface Facet {
  key: FilterKey;
  legend: string;
  options: FacetOption[];
}

const byLabel = (a: FacetOption, b: FacetOption) => a.label.localeCompare(b.label, 'nb');

/** The facets, in page order, with Bokmål labels (the search page is in Bokmål). */
export function buildFacets(measures: readonly { id: string; label: string }[], focusAreas: readonly { id: string; label: string }[]): Facet[] {
  return [
    { key: 'type', legend: 'Innhold', options: CONTENT_TYPES.map((t) => ({ value: t.id, label: t.nb })) },
    { key: 'bransje', legend: 'Bransje', options: INDUSTRIES.map((t) => ({ value: t.id, label: t.nb })) },
    { key: 'fylke', legend: 'Fylke', options: COUNTIES.map((t) => ({ value: t.id, label: t.nb })).sort(byLabel) },
    { key: 'virkemiddel', legend: 'Virkemiddel', options: measures.map((m) => ({ value: m.id, label: m.label })).sort(byLabel) },
    { key: 'innsatsomrade', legend: 'Innsatsområde', options: focusAreas.map((f) => ({ value: f.id, label: f.label })) },
    { key: 'sprak', legend: 'Språk', options: LANGUAGES.map((l) => ({ value: l.id, label: l.nb })) },
  ];
}
