/** Measures shaped for the finder's components. */
import type { CollectionEntry } from 'astro:content';
import type { FinderMeasure } from '../../lib/finder';
import { urls } from '../../lib/urls';

/** A measure as the finder shows it. */
export interface FitMeasure extends FinderMeasure {
  fitsWhy: string;
  href: string;
  lang: string;
}

/** Each measure's finder rules, reason and link. */
export function fitMeasures(measures: readonly CollectionEntry<'measures'>[]): FitMeasure[] {
  return measures.map((m) => ({
    id: m.id,
    title: m.data.title,
    fitsWhen: m.data.fitsWhen,
    fitsWhy: m.data.fitsWhy,
    href: urls.entry('measures', m.id),
    lang: m.data.lang,
  }));
}
