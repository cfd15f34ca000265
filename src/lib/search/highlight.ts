/**
 * Finds search terms in plain text, forgiving of inflection and ASCII spellings, so the search page
 * and the destination page can wrap them in <mark> without ever treating text as HTML.
 */
import { commonPrefix, skeleton, WORD, words } from './spelling';
import { bokmaalKey } from './written-standards';

/** A piece of text, marked when it matches a search term. */
export interface Segment {
  text: string;
  mark: boolean;
}

/** Shortest term worth highlighting; «i» and «og» would mark half the page. */
export const MIN_TERM = 3;

/**
 * What a word is compared by: its skeleton (spelling.ts) in its Bokmål form, so «lonn», «lønn»
 * and «løn» are one word.
 */
export function matchKey(word: string): string {
  return bokmaalKey(skeleton(word));
}

/** Whether a word is a two-letter abbreviation typed in capitals («CV», «IT», «LO»): short, but never a little word. */
export function isAbbreviation(word: string): boolean {
  return /^\p{Lu}{2}$/u.test(word);
}

/**
 * The terms of a query, as match keys (or as `key` makes them), without duplicates and without
 * short words, except abbreviations typed in capitals, which mark only the same word (see matchRanges).
 */
export function queryTerms(query: string, key: (word: string) => string = matchKey): string[] {
  const terms = words(query).filter((w) => w.length >= MIN_TERM || isAbbreviation(w));
  return [...new Set(terms.map(key))];
}

/**
 * Shortest stem two words with different endings must share. At four, «staten» marked «stått»
 * (both «stat…» as skeletons) and «lærar» marked «lære».
 */
const MIN_STEM = 5;

/**
 * Whether a word in the text matches a term (both as match keys): the word starts with the term
 * («mentor» in «mentoren»), or both share a stem and differ only in a short ending
 * («bakeriene» and «bakeriet», «lønnstilskuddet» and «lønnstilskudd»).
 */
export function wordMatches(word: string, term: string): boolean {
  if (word.startsWith(term)) return true;
  const shared = commonPrefix(word, term);
  return shared >= MIN_STEM && shared >= Math.max(word.length, term.length) - 3;
}

/** The [start, end) ranges of `text` whose words match any of the query's terms. */
export function matchRanges(text: string, query: string): [number, number][] {
  const terms = queryTerms(query);
  if (terms.length === 0) return [];
  const ranges: [number, number][] = [];
  for (const match of text.matchAll(WORD)) {
    const word = matchKey(match[0]);
    // A short term (an abbreviation) marks only itself: «CV» in «CV-en», not «lo» in «lokal».
    if (terms.some((term) => (term.length < MIN_TERM ? word === term : wordMatches(word, term)))) ranges.push([match.index, match.index + match[0].length]);
  }
  return ranges;
}

/** Splits `text` into marked and unmarked segments by the query's matches. */
export function highlightSegments(text: string, query: string): Segment[] {
  const segments: Segment[] = [];
  let at = 0;
  for (const [start, end] of matchRanges(text, query)) {
    if (start > at) segments.push({ text: text.slice(at, start), mark: false });
    segments.push({ text: text.slice(start, end), mark: true });
    at = end;
  }
  if (at < text.length) segments.push({ text: text.slice(at), mark: false });
  return segments;
}

/**
 * A short excerpt of `text` around its first match of the query, about `maxWords` words long,
 * with matches marked; the start of the text when nothing matches. Ellipses show cut ends.
 */
export function excerptAround(text: string, query: string, maxWords = 24): Segment[] {
  const spans = [...text.matchAll(/\S+/g)].map((m) => [m.index, m.index + m[0].length] as const);
  if (spans.length === 0) return [];
  const first = matchRanges(text, query)[0];
  const hitWord = first ? Math.max(0, spans.findIndex(([, end]) => end >= first[1])) : 0;
  const startWord = Math.max(0, Math.min(hitWord - Math.floor(maxWords / 3), spans.length - maxWords));
  const endWord = Math.min(spans.length, startWord + maxWords);
  const from = spans[startWord]![0];
  const to = spans[endWord - 1]![1];
  const segments = highlightSegments(text.slice(from, to), query);
  if (startWord > 0) segments.unshift({ text: '… ', mark: false });
  if (endWord < spans.length) segments.push({ text: ' …', mark: false });
  return segments;
}
