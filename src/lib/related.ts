/**
 * Related entries for the end of story, measure and focus-area pages, computed from what entries
 * share (measures, focus areas, industries) instead of lists kept by hand.
 */
import { memoByIdentity } from './memo';

/** Collections that take part in related content. */
export type RelatedCollection = 'stories' | 'measures' | 'focusAreas';

/** What relatedness is computed from, plus what a list item shows. */
export interface Profile {
  collection: RelatedCollection;
  id: string;
  title: string;
  description: string;
  lang: string;
  /** True for a story written for the site as an example; its card says so. */
  illustrative?: boolean | undefined;
  /** Measures the entry is about or used. */
  measures: readonly string[];
  /** Focus areas the entry belongs to. */
  focusAreas: readonly string[];
  /** Industries of the entry's stories. */
  industries: readonly string[];
  /** Entries the page already links to in its main content (`collection/id`), left out of related. */
  links: readonly string[];
}

/** A related entry and why: its score. */
export interface RelatedEntry extends Profile {
  score: number;
}

/** How much one shared thing counts: a shared measure says the most, an industry the least. */
export const WEIGHTS = { measures: 3, focusAreas: 2, industries: 1 } as const;

/** Key of an entry across collections, such as `stories/bakeriet`. */
export function keyOf(entry: { collection: RelatedCollection; id: string }): string {
  return `${entry.collection}/${entry.id}`;
}

/** How many distinct values `a` and `b` share. The lists are short, and this runs for every pair of entries, so it allocates nothing. */
function shared(a: readonly string[], b: readonly string[]): number {
  let count = 0;
  for (let i = 0; i < b.length; i++) {
    const x = b[i]!;
    if (a.includes(x) && b.indexOf(x) === i) count++;
  }
  return count;
}

/** How related two entries are: the weighted number of measures, focus areas and industries they share. */
export function relatedness(a: Profile, b: Profile): number {
  return (
    WEIGHTS.measures * shared(a.measures, b.measures) +
    WEIGHTS.focusAreas * shared(a.focusAreas, b.focusAreas) +
    WEIGHTS.industries * shared(a.industries, b.industries)
  );
}

const COLLECTION_ORDER: Record<RelatedCollection, number> = { stories: 0, measures: 1, focusAreas: 2 };

/**
 * The entries most related to `target`: highest score first; ties go stories, measures, focus
 * areas, then title. The entry itself, entries it already links to and unrelated entries (score 0)
 * are left out.
 */
export function relatedTo(target: Profile, candidates: readonly Profile[], limit = 4): RelatedEntry[] {
  const skip = new Set([keyOf(target), ...target.links]);
  /** Negative when a candidate with `score` ranks before `other`. */
  const rank = (score: number, candidate: Profile, other: RelatedEntry) =>
    other.score - score ||
    COLLECTION_ORDER[candidate.collection] - COLLECTION_ORDER[other.collection] ||
    candidate.title.localeCompare(other.title, 'nb');
  // Keep only the best `limit` while scanning: every page does this over every entry, so sorting
  // (or even copying) all of them made the build grow with the square of the number of stories.
  const best: RelatedEntry[] = [];
  for (const candidate of candidates) {
    const score = relatedness(target, candidate);
    if (score === 0) continue;
    const last = best[limit - 1];
    if (best.length >= limit && (!last || rank(score, candidate, last) >= 0)) continue;
    if (skip.has(keyOf(candidate))) continue;
    // After any equal ones, as a stable sort would place it.
    const at = best.findIndex((other) => rank(score, candidate, other) < 0);
    best.splice(at === -1 ? best.length : at, 0, { ...candidate, score });
    best.length = Math.min(best.length, limit);
  }
  return best;
}

/** The content fields profiles are built from (structural, so tests can pass plain objects). */
interface Ref {
  id: string;
}
interface Common {
  id: string;
  data: { title: string; description: string; lang: string };
}
export interface StoryInput extends Common {
  data: Common['data'] & { measures: readonly Ref[]; focusArea: Ref; industry: string; illustrative?: boolean };
}
export interface MeasureInput extends Common {
  data: Common['data'] & { focusAreas: readonly Ref[]; combinesWith: readonly Ref[] };
}
export type FocusAreaInput = Common;

/**
 * A profile for every story, measure and focus area. A measure's industries are those of the
 * stories that used it; a focus area's measures and industries are those of its measures and stories.
 * `links` mirrors what each page already shows, so related content adds something new.
 */
export const buildProfiles = memoByIdentity(profilesOf);

/** The entries profiles are built from. */
export interface ProfileSource {
  stories: readonly StoryInput[];
  measures: readonly MeasureInput[];
  focusAreas: readonly FocusAreaInput[];
}

function profilesOf(site: ProfileSource): Profile[] {
  const base = (collection: RelatedCollection, e: Common) => ({
    collection,
    id: e.id,
    title: e.data.title,
    description: e.data.description,
    lang: e.data.lang,
  });
  const unique = (xs: string[]) => [...new Set(xs)];
  const storiesUsing = (measureId: string) => site.stories.filter((s) => s.data.measures.some((m) => m.id === measureId));
  const measuresIn = (areaId: string) => site.measures.filter((m) => m.data.focusAreas.some((f) => f.id === areaId));
  const storiesIn = (areaId: string) => site.stories.filter((s) => s.data.focusArea.id === areaId);

  const stories = site.stories.map((s) => ({
    ...base('stories', s),
    illustrative: s.data.illustrative,
    measures: s.data.measures.map((m) => m.id),
    focusAreas: [s.data.focusArea.id],
    industries: [s.data.industry],
    links: [...s.data.measures.map((m) => `measures/${m.id}`), `focusAreas/${s.data.focusArea.id}`],
  }));
  const measures = site.measures.map((m) => ({
    ...base('measures', m),
    measures: [m.id],
    focusAreas: m.data.focusAreas.map((f) => f.id),
    industries: unique(storiesUsing(m.id).map((s) => s.data.industry)),
    links: [
      ...m.data.combinesWith.map((c) => `measures/${c.id}`),
      ...m.data.focusAreas.map((f) => `focusAreas/${f.id}`),
      ...storiesUsing(m.id).map((s) => `stories/${s.id}`),
    ],
  }));
  const focusAreas = site.focusAreas.map((a) => ({
    ...base('focusAreas', a),
    measures: measuresIn(a.id).map((m) => m.id),
    focusAreas: [a.id],
    industries: unique(storiesIn(a.id).map((s) => s.data.industry)),
    links: [...measuresIn(a.id).map((m) => `measures/${m.id}`), ...storiesIn(a.id).map((s) => `stories/${s.id}`)],
  }));
  return [...stories, ...measures, ...focusAreas];
}

/** Related entries for one entry, from all profiles. */
export function relatedFor(profiles: readonly Profile[], collection: RelatedCollection, id: string, limit = 4): RelatedEntry[] {
  const target = profiles.find((p) => p.collection === collection && p.id === id);
  if (!target) throw new Error(`No entry ${collection}/${id} to find related entries for`);
  return relatedTo(target, profiles, limit);
}
