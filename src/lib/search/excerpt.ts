/**
 * Turns Pagefind excerpts into safe text segments. An excerpt is HTML with <mark> around matches;
 * everything else in it is treated as text (entities decoded), so nothing typed or indexed can
 * ever become markup. Also keeps the hidden ASCII spellings (see index-html.ts) out of excerpts.
 */
import { excerptAround, highlightSegments, MIN_TERM, queryTerms, type Segment } from './highlight';
import { formsOfOneWord, skeleton, words } from './spelling';

/** Id of the hidden heading that starts the indexed ASCII spellings of a page. */
export const VARIANTS_ANCHOR = 'sok-varianter';
/** Text of that heading: a sign that never occurs in content, so excerpts can be cut there. */
export const VARIANTS_SENTINEL = '⁂';

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", '#39': "'", nbsp: '\u00a0' };

/** Decodes the few entities Pagefind and HTML escaping produce; unknown ones stay as written. */
export function decodeEntities(text: string): string {
  return text.replace(/&(#\d+|#x[0-9a-f]+|[a-z]+);/gi, (whole, name: string) => {
    const known = ENTITIES[name.toLowerCase()];
    if (known !== undefined) return known;
    if (/^#x/i.test(name)) return String.fromCodePoint(parseInt(name.slice(2), 16));
    if (name.startsWith('#')) return String.fromCodePoint(parseInt(name.slice(1), 10));
    return whole;
  });
}

/**
 * Splits a Pagefind excerpt into segments: text inside <mark>…</mark> is marked, any other tag-like
 * text is kept as literal text. The result is meant for `textContent`, never `innerHTML`.
 */
export function excerptSegments(excerpt: string): Segment[] {
  const segments: Segment[] = [];
  let marked = false;
  for (const part of excerpt.split(/(<mark>|<\/mark>)/)) {
    if (part === '<mark>') marked = true;
    else if (part === '</mark>') marked = false;
    else if (part !== '') segments.push({ text: decodeEntities(part), mark: marked });
  }
  return segments;
}

/** Cuts an excerpt where the hidden spellings begin, so they never show. */
export function cutAtSentinel(excerpt: string): string {
  const at = excerpt.indexOf(VARIANTS_SENTINEL);
  return at === -1 ? excerpt : excerpt.slice(0, at).trimEnd();
}

/** The parts of a Pagefind result the excerpt choice needs. */
export interface ExcerptSource {
  /** Pagefind's excerpt (HTML with <mark>). */
  excerpt: string;
  /** The page's indexed text, hidden spellings included (Pagefind's `content`). */
  content?: string;
  sub_results?: { url: string; excerpt: string }[];
}

/** Whether a sub-result is the hidden spellings block rather than a real heading. */
export function isVariantsSubResult(url: string): boolean {
  return url.endsWith(`#${VARIANTS_ANCHOR}`);
}

/**
 * Pagefind's marks, kept only on the words that match the query as highlight.ts reads it:
 * Pagefind also marks words that merely start like a query word («items» for «IT», «var» for
 * «varig») and the little words of a query («i» in «hull i CV-en»), and marks the punctuation
 * next to a word («lønnstilskudd.», «(IPS)»).
 */
export function keepQueryMarks(segments: Segment[], query: string): Segment[] {
  return segments.flatMap((s) => (s.mark ? highlightSegments(s.text, query) : [s]));
}

/**
 * The excerpt to show for a result. Pagefind's own, cut before the hidden spellings, with only
 * the marks that match the query, unless the match was in the spellings (an ASCII query like
 * «trondelag»): then an excerpt of the real text around the word that query means, found by
 * spelling-tolerant matching.
 */
export function chooseExcerpt(result: ExcerptSource, query: string): Segment[] {
  const matchedSpelling = (result.sub_results ?? []).some((s) => isVariantsSubResult(s.url));
  if (!matchedSpelling || result.content === undefined) return withCutEnds(keepQueryMarks(excerptSegments(cutAtSentinel(result.excerpt)), query));
  return excerptAround(cutAtSentinel(result.content), query);
}

/** How far into an excerpt that starts mid-sentence its first sentence may end and still be dropped. */
const LEFTOVER = 40;

/** The segments from `offset` in their joined text on. */
function segmentsFrom(segments: Segment[], offset: number): Segment[] {
  const out: Segment[] = [];
  let at = 0;
  for (const segment of segments) {
    const end = at + segment.text.length;
    if (end > offset) out.push(at >= offset ? segment : { ...segment, text: segment.text.slice(offset - at) });
    at = end;
  }
  return out;
}

/**
 * Shows where Pagefind's excerpt, a window of words, cuts a sentence: a cut sentence can read as
 * another fact («kan vare i inntil 6 måneder» for «… 6 måneder til»). A start in the middle of a
 * sentence is dropped up to the next sentence when that is near and nothing marked is lost (a
 * heading's last word, «om. Varig lønnstilskudd …»), and otherwise begins with «…»; an end
 * without a full stop ends with «…».
 */
export function withCutEnds(segments: Segment[]): Segment[] {
  const text = segments.map((s) => s.text).join('');
  const start = text.length - text.trimStart().length;
  if (text.trim() === '') return segments;
  let out = segments;
  if (/^\p{Ll}/u.test(text.slice(start))) {
    const firstMark = segments.findIndex((s) => s.mark);
    const markAt = firstMark === -1 ? text.length : segments.slice(0, firstMark).reduce((n, s) => n + s.text.length, 0);
    const next = /[.!?][)»"]*\s+(?=[\p{Lu}\d«])/u.exec(text.slice(start, start + LEFTOVER));
    const cut = next ? start + next.index + next[0].length : -1;
    out = cut !== -1 && cut <= markAt ? segmentsFrom(segments, cut) : [{ text: '… ', mark: false }, ...segmentsFrom(segments, start)];
  }
  if (!/[.!?:;»)…]$/u.test(text.trimEnd())) out = [...out, { text: ' …', mark: false }];
  return out;
}

/** Longest marked word that counts as the start of a longer query word rather than a match. */
const FALLBACK_MARK = 3;

/**
 * The words Pagefind marked in a result, the hidden spellings and other names included, as
 * skeletons: Pagefind matched the letters, so «Kva» is the start of «kvantefysikk» here, not the
 * Bokmål «hva» that highlighting reads it as.
 */
function markedSkeletons(result: ExcerptSource): string[] {
  const excerpts = [result.excerpt, ...(result.sub_results ?? []).map((s) => s.excerpt)];
  return excerpts
    .flatMap(excerptSegments)
    .flatMap((segment) => (segment.mark ? words(segment.text) : []))
    .map(skeleton);
}

/**
 * Whether a result marks something, and every word it marks begins a longer query word in a way
 * `counts` accepts.
 */
function everyMarkBegins(result: ExcerptSource, query: string, counts: (mark: string, term: string) => boolean): boolean {
  const terms = queryTerms(query, skeleton);
  const marks = markedSkeletons(result);
  if (marks.length === 0 || terms.length === 0) return false;
  return marks.every((mark) => terms.some((term) => term.length > mark.length && term.startsWith(mark) && counts(mark, term)));
}

/**
 * Whether a result is Pagefind's fallback for a word no page has: it then matches the start of
 * the word instead, so «autisme» finds every page with «å», «oppdrett» every page with «opp» and
 * «arbeidstreining» every page with «arbeid». Such a result marks only words that begin a longer
 * query word and are at most three letters or half as long as it, in its excerpt and its
 * sub-results (the hidden spellings block among them). Longer starts are left alone: in
 * «lønnstilskuddsordningen», «lønnstilskudd» is a real find.
 * Pagefind ranks real matches first, so a fallback at the top means there are no real ones.
 */
export function isPrefixFallback(result: ExcerptSource, query: string): boolean {
  // A term shorter than MIN_TERM is an abbreviation («IA» in «IA-avtalen»), which matches only itself.
  return everyMarkBegins(result, query, (mark, term) => term.length < MIN_TERM || (mark.length <= FALLBACK_MARK ? term.length >= mark.length + 3 : mark.length * 2 <= term.length));
}

/**
 * Whether every word Pagefind marked in a result only begins a query word, and not as a form of
 * it: «ment» for «mentro» (a typing error), but not «bakeri» for «bakeriene». Then the query's
 * word is on no page, and the search page offers a close word that is («Mente du …?»).
 */
export function marksOnlyWordStarts(result: ExcerptSource, query: string): boolean {
  return everyMarkBegins(result, query, (mark, term) => !formsOfOneWord(mark, term));
}
