/**
 * The sections of a measure page, in order: each heading's id (the page's anchors, which partners
 * link to) and the interface word that titles it. The table of contents and the headings both
 * come from here, so a link in the contents always has its heading.
 */
import type { Lang } from './dates';
import { t, type WordKey } from './i18n';

/** Section (by its heading's word) → the heading's id. The ids are addresses: never change one. */
export const MEASURE_SECTIONS = {
  summary: 'kort-om',
  forWhom: 'hvem-passer-det-for',
  employerGets: 'hva-far-arbeidsgiveren',
  duration: 'varighet',
  combinesWith: 'kan-kombineres-med',
  howTo: 'slik-gar-du-fram',
  contact: 'kontakt',
  storiesUsing: 'historier',
  sources: 'kilder',
} as const satisfies Partial<Record<WordKey, string>>;

export type MeasureSection = keyof typeof MEASURE_SECTIONS;

/** A section's heading: its id and its title in `lang`. */
export function measureSection(key: MeasureSection, lang: Lang): { id: string; title: string } {
  return { id: MEASURE_SECTIONS[key], title: t(lang, key) };
}

/** The table of contents, in the order of the page. */
export function measureContents(lang: Lang): { id: string; title: string }[] {
  return (Object.keys(MEASURE_SECTIONS) as MeasureSection[]).map((key) => measureSection(key, lang));
}
