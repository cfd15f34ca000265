/**
 * «Mente du …?». Pagefind has no tolerance for typing errors, so «arbeidstreining» found nothing,
 * and «lønstilskud» found only the two pages that list that misspelling. The search page compares
 * the query's words with the names the site uses (titles, other names, the vocabularies' labels:
 * `/sok/ord.json`) and offers the query with each unknown word replaced by the closest name.
 */
import { formsOfOneWord, skeleton, WORD, words } from './spelling';
import { bokmaalKey } from './written-standards';

/** Shorter words are left alone: at one edit, too many short words are close to each other. */
const MIN_LENGTH = 5;

/** How many edits a word of this length may be from the word offered for it. */
function allowedEdits(length: number): number {
  return length >= 8 ? 2 : 1;
}

/**
 * The words of `texts` worth offering, without duplicates (compared by skeleton), in the order
 * first seen. The first word of each text is lower-cased, unless it is an abbreviation, since it
 * is only capitalised for standing first («Arbeidstrening»); later words keep their case
 * («Trondheim»).
 */
export function suggestionWords(texts: Iterable<string>): string[] {
  const seen = new Map<string, string>();
  for (const text of texts) {
    words(text).forEach((word, i) => {
      if (word.length < MIN_LENGTH || /\d/.test(word)) return;
      const shown = i === 0 && word !== word.toUpperCase() ? word.toLowerCase() : word;
      const key = skeleton(word);
      if (!seen.has(key)) seen.set(key, shown);
    });
  }
  return [...seen.values()];
}

/**
 * The optimal string alignment distance between `a` and `b` (insertions, deletions,
 * substitutions and swaps of neighbours), or `max + 1` once it is certainly more than `max`.
 */
export function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let before: number[] = [];
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, before[j - 2]! + 1);
      current[j] = d;
      rowMin = Math.min(rowMin, d);
    }
    if (rowMin > max) return max + 1;
    before = previous;
    previous = current;
  }
  return Math.min(previous[b.length]!, max + 1);
}

/**
 * The word of `vocabulary` closest to `word`, compared by skeleton so that «lonn» and «lønn» are
 * the same; undefined when `word` is short, is in the vocabulary, or has no word close enough.
 * Of equally close words, the first in the vocabulary wins.
 */
export function closestWord(word: string, vocabulary: readonly string[]): string | undefined {
  if (word.length < MIN_LENGTH) return undefined;
  const key = skeleton(word);
  let best: string | undefined;
  let bestDistance = allowedEdits(key.length) + 1;
  for (const candidate of vocabulary) {
    const distance = editDistance(key, skeleton(candidate), bestDistance - 1);
    if (distance === 0) return undefined;
    if (distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }
  return best;
}

/**
 * The query with each word that is not in `vocabulary` replaced by its closest word there;
 * undefined when no word was replaced. «arbeidstreining» → «arbeidstrening». Words `isKnown`
 * accepts (see pageHas) are left as they are.
 */
export function suggestQuery(query: string, vocabulary: readonly string[], isKnown: (word: string) => boolean = () => false): string | undefined {
  let changed = false;
  const suggested = query.replace(WORD, (word) => {
    const closest = isKnown(word) ? undefined : closestWord(word, vocabulary);
    if (closest === undefined) return word;
    changed = true;
    return closest;
  });
  return changed ? suggested : undefined;
}

/** A word's skeleton in its Bokmål form: «Tilskot» and «tilskudd» are one word to pageHas. */
function wordKey(word: string): string {
  return bokmaalKey(skeleton(word));
}

/**
 * Whether a page's own text has a word in some form (see formsOfOneWord), in either written
 * standard and with or without æ, ø and å: a page with «sørger» has «sørge». For `suggestQuery`
 * to keep the words the top result's page has. Pass the text without the hidden spellings
 * (cutAtSentinel): they hold misspellings kept so that a search finds the page.
 */
export function pageHas(text: string): (word: string) => boolean {
  const pageWords = [...new Set(words(text).map(wordKey))];
  return (word) => {
    const key = wordKey(word);
    return pageWords.some((pageWord) => formsOfOneWord(key, pageWord));
  };
}

/**
 * The words of `query` that a suggestion could replace: long enough (see closestWord) and not
 * accepted by `isKnown`. A search whose words are all on its top result's page was typed right,
 * even where a word is close to a name («sende» is not «senke»), so it needs no suggestion.
 */
export function unknownWords(query: string, isKnown: (word: string) => boolean): string[] {
  return words(query).filter((word) => word.length >= MIN_LENGTH && !isKnown(word));
}

/**
 * Whether a suggestion is worth offering beside the results a search found: it finds more.
 * «lønstilskud» finds 2 pages, «lønnstilskudd» 23; «lønnstilsudd» finds 17 that share its first
 * letters, led by a page about another measure. One that finds as many finds the same pages by
 * the same stem (the Nynorsk «lagar» and «lager», 19 each), and one that finds fewer would only
 * narrow a search that was typed as meant.
 */
export function findsMore(found: number, suggested: number): boolean {
  return suggested > found;
}
