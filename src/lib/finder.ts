/**
 * The measure finder (veiviser): which measures fit an employer's answers. The rules are each
 * measure's `fitsWhen` frontmatter, so a new measure joins the finder by being published.
 * Runs at build time (result pages) and in the browser (src/scripts/finder.ts): no Astro imports.
 */
import {
  EMPLOYER_NEEDS,
  EMPLOYMENT,
  TARGET_GROUPS,
  type EmployerNeedId,
  type EmploymentId,
  type TargetGroupId,
  type Term,
} from './taxonomy';

/** The three answers, named as in the URL (`?malgruppe=…&behov=…&situasjon=…`). */
export interface FinderAnswers {
  /** Whether the person is a new hire or already employed (asked first). */
  situasjon: EmploymentId;
  /** The candidate's situation. */
  malgruppe: TargetGroupId;
  /** What the employer needs help with. */
  behov: EmployerNeedId;
}

export type Question = keyof FinderAnswers;

/** The questions in the order they are asked, with their vocabularies. */
export const QUESTIONS: readonly { key: Question; terms: readonly Term[] }[] = [
  { key: 'situasjon', terms: EMPLOYMENT },
  { key: 'malgruppe', terms: TARGET_GROUPS },
  { key: 'behov', terms: EMPLOYER_NEEDS },
];

/** The finder rules of a measure (its `fitsWhen` frontmatter). */
export interface FitsWhen {
  groups: readonly string[];
  needs: readonly string[];
  employment: readonly string[];
  /** Listed only under «Kan også passe», whatever the need (see fitsWhenSchema). */
  alsoOnly?: boolean;
}

/** What the finder needs to know about a measure. */
export interface FinderMeasure {
  id: string;
  title: string;
  fitsWhen: FitsWhen;
}

/** The finder's answer: measures that meet the need first, then others that could also help. */
export interface FinderResult<M> {
  /** Fit the person's situation, the employment question and the employer's need. */
  best: M[];
  /** Fit the person's situation and the employment question, but answer another need or are `alsoOnly`. */
  also: M[];
}

/**
 * Matches measures to answers.
 *
 * Rules: the employment answer and the candidate's situation must both be in the measure's
 * `fitsWhen` (a measure for new hires never helps with someone already employed). The need sorts
 * the rest into `best` (the need is listed) and `also` (it is not), so contradictory answers
 * still give something useful. A measure marked `alsoOnly` (ended, not confirmed, or only for
 * some of its groups) is never in `best`. Within each list, more targeted measures come first:
 * fewer target groups, then fewer needs, then the title in Norwegian order; in `also`, the
 * `alsoOnly` measures that meet the need come before the rest.
 */
export function matchMeasures<M extends FinderMeasure>(measures: readonly M[], answers: FinderAnswers): FinderResult<M> {
  const eligible = measures
    .filter((m) => m.fitsWhen.employment.includes(answers.situasjon) && m.fitsWhen.groups.includes(answers.malgruppe))
    .sort(byTargeting);
  const meetsNeed = (m: M) => m.fitsWhen.needs.includes(answers.behov);
  return {
    best: eligible.filter((m) => meetsNeed(m) && !m.fitsWhen.alsoOnly),
    also: [...eligible.filter((m) => meetsNeed(m) && m.fitsWhen.alsoOnly), ...eligible.filter((m) => !meetsNeed(m))],
  };
}

function byTargeting(a: FinderMeasure, b: FinderMeasure): number {
  return (
    a.fitsWhen.groups.length - b.fitsWhen.groups.length ||
    a.fitsWhen.needs.length - b.fitsWhen.needs.length ||
    a.title.localeCompare(b.title, 'nb')
  );
}

/** Needs that only make sense when hiring: nobody looks for a candidate for someone already employed. */
const NEW_HIRE_NEEDS: ReadonlySet<string> = new Set<EmployerNeedId>(['rekruttere']);

/**
 * The answers a question offers, given the answers before it. «Finne den rette kandidaten» is
 * offered only to employers who want to hire. The result pages for every combination are still
 * built (see `allAnswers`), so a link to one of them keeps working.
 */
export function offeredTerms(question: Question, answers: Partial<FinderAnswers>): readonly Term[] {
  const terms = QUESTIONS.find((q) => q.key === question)?.terms ?? [];
  if (question !== 'behov' || answers.situasjon !== 'ansatt') return terms;
  return terms.filter((t) => !NEW_HIRE_NEEDS.has(t.id));
}

/**
 * Whether the finder offers this combination of answers. The result pages of the others are built
 * for old links, but left out of the sitemap and marked noindex.
 */
export function isOffered(answers: FinderAnswers): boolean {
  return QUESTIONS.every(({ key }) => offeredTerms(key, answers).some((t) => t.id === answers[key]));
}

/** Every combination of answers, for pre-rendering one result page each. */
export function allAnswers(): FinderAnswers[] {
  return EMPLOYMENT.flatMap((s) =>
    TARGET_GROUPS.flatMap((m) => EMPLOYER_NEEDS.map((b) => ({ situasjon: s.id, malgruppe: m.id, behov: b.id }))),
  );
}

/** A URL value that is not an answer to its question. */
export interface RejectedAnswer {
  question: Question;
  value: string;
}

/**
 * Reads answers from a query string. Unknown values are returned as `rejected` (to be shown as
 * text); `answers` is complete only when all three questions have a valid answer.
 */
export function parseAnswers(params: URLSearchParams): {
  answers: Partial<FinderAnswers>;
  complete: FinderAnswers | undefined;
  rejected: RejectedAnswer[];
} {
  const answers: Partial<Record<Question, string>> = {};
  const rejected: RejectedAnswer[] = [];
  for (const { key, terms } of QUESTIONS) {
    const value = params.get(key);
    if (value === null || value === '') continue;
    if (terms.some((t) => t.id === value)) answers[key] = value;
    else rejected.push({ question: key, value });
  }
  const typed = answers as Partial<FinderAnswers>;
  const complete = typed.situasjon && typed.malgruppe && typed.behov ? (typed as FinderAnswers) : undefined;
  return { answers: typed, complete, rejected };
}

/** The answers as a query string without `?`, in question order. */
export function answersToQuery(answers: Partial<FinderAnswers>): string {
  const params = new URLSearchParams();
  for (const { key } of QUESTIONS) {
    const value = answers[key];
    if (value) params.set(key, value);
  }
  return params.toString();
}

/** Path of a pre-rendered result page, relative to `/veiviser/`: `resultat/<malgruppe>/<behov>/<situasjon>/`. */
export function resultSubpath(answers: FinderAnswers): string {
  return `resultat/${answers.malgruppe}/${answers.behov}/${answers.situasjon}/`;
}

/** The answers of a result page's path relative to `/veiviser/` (the inverse of `resultSubpath`), or undefined. */
export function answersOfResultSubpath(subpath: string): FinderAnswers | undefined {
  const match = /^resultat\/([^/]+)\/([^/]+)\/([^/]+)\/$/.exec(subpath);
  if (!match) return undefined;
  const [, malgruppe, behov, situasjon] = match;
  return parseAnswers(new URLSearchParams({ malgruppe: malgruppe!, behov: behov!, situasjon: situasjon! })).complete;
}

/** Path of a no-JavaScript question page, relative to `/veiviser/`: the answers so far, in order. */
export function stepSubpath(answers: Partial<FinderAnswers>): string {
  const parts: string[] = [];
  for (const { key } of QUESTIONS) {
    const value = answers[key];
    if (!value) break;
    parts.push(value);
  }
  return parts.map((p) => `${p}/`).join('');
}

/**
 * The result's first sentence, the same on the pre-rendered result pages and in the finder with
 * JavaScript, so a shared link reads like the page it was copied from: «2 virkemidler passer best,
 * og 3 kan også passe.»
 */
export function resultSummary(best: number, also: number): string {
  if (best + also === 0) return 'Vi fant ingen virkemidler for akkurat dette.';
  if (best === 0) return `Ingen virkemidler svarer akkurat på det dere trenger mest, men ${also} kan passe.`;
  const first = `${best} ${best === 1 ? 'virkemiddel passer' : 'virkemidler passer'} best`;
  return also === 0 ? `${first}.` : `${first}, og ${also} kan også passe.`;
}

/** «A», «A» og «B», «A», «B» og «C». */
function names(measures: readonly FinderMeasure[]): string {
  const quoted = measures.map((m) => `«${m.title}»`);
  return quoted.length < 2 ? (quoted[0] ?? '') : `${quoted.slice(0, -1).join(', ')} og ${quoted.at(-1)}`;
}

/**
 * The text under «Kan også passe»: why these measures are not among the best, said from what the
 * list really holds. The `alsoOnly` measures (ended, not confirmed, or only for some) are named, as
 * their own text under the name says which caveat it is; a list without them mentions none.
 */
export function alsoLead(also: readonly FinderMeasure[], need: EmployerNeedId): string {
  if (also.length === 0) return '';
  const one = also.length === 1;
  const otherNeed = also.filter((m) => !m.fitsWhen.needs.includes(need)).length;
  const caveats = also.filter((m) => m.fitsWhen.alsoOnly);
  const sentences: string[] = [];
  if (otherNeed > 0) {
    const who = otherNeed < also.length ? 'Noen av disse hjelper' : one ? 'Dette virkemiddelet hjelper' : 'Disse hjelper';
    sentences.push(`${who} mest med noe annet enn det dere valgte.`);
  }
  if (caveats.length > 0) sentences.push(`${names(caveats)} har ${caveats.length === 1 ? 'et forbehold' : 'forbehold'}.`);
  // One sentence about the text under the names, which gives both the reason and any caveat.
  const under = one ? 'Teksten under navnet sier hvorfor det kan passe' : 'Teksten under hvert navn sier hvorfor det kan passe';
  sentences.push(caveats.length === 0 ? `${under}.` : `${under}, og hva ${caveats.length === 1 ? 'forbeholdet' : 'forbeholdene'} er.`);
  return sentences.join(' ');
}
