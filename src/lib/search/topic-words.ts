/**
 * Questions and task words. Pagefind only finds pages that have every word of a query, so
 * «hvor lenge varer lønnstilskudd» missed the measure pages (they have no «hvor» or «lenge»), and
 * «søke mentor» missed the mentor page (it says «Slik går du fram», not «søke»). The search page
 * asks Pagefind for the words that say what the query is about.
 */
import { isAbbreviation } from './highlight';
import { unmixed } from './written-standards';

/** Words that open a question, in Bokmål and Nynorsk (and «når» typed without å). */
const QUESTION_OPENERS = new Set([
  'hva', 'hvem', 'hvor', 'hvordan', 'hvorfor', 'hvilken', 'hvilket', 'hvilke', 'når', 'nar',
  'kva', 'kven', 'kor', 'korleis', 'kvifor', 'kvar', 'kvi',
  'kan', 'må', 'skal', 'bør', 'vil', 'er', 'finnes', 'fins', 'gjelder', 'gjeld',
]);

/**
 * The little words of a question: who asks, how much, how long, and the words between. Only left
 * out of questions, since a name can hold them («Vi inkluderer», «hull i CV-en»).
 */
const QUESTION_WORDS = new Set([
  ...QUESTION_OPENERS,
  'jeg', 'eg', 'vi', 'me', 'du', 'dere', 'de', 'dei', 'man', 'en', 'ein', 'et', 'eit', 'ei',
  'den', 'det', 'dette', 'denne', 'disse', 'desse', 'seg', 'meg', 'oss', 'deg', 'dem', 'dykk',
  'min', 'mi', 'mitt', 'mine', 'vår', 'vårt', 'våre', 'din', 'ditt', 'dine', 'sin', 'sitt', 'sine', 'dykkar',
  'og', 'eller', 'men', 'som', 'at', 'å', 'i', 'på', 'med', 'for', 'til', 'om', 'av', 'fra', 'frå', 'hos', 'ved', 'mot',
  'mye', 'mykje', 'mange', 'lenge', 'langt', 'ofte', 'noe', 'noen', 'noko', 'nokon', 'så', 'da', 'då',
  'har', 'hadde', 'ha', 'være', 'vere', 'vært', 'vore', 'bli', 'blir', 'ble', 'vart', 'kunne', 'skulle', 'ville', 'burde',
]);

/**
 * Words for the task rather than the topic: how one applies. Left out of every query that has
 * other words, since few pages say them («søke lønnstilskudd» is about lønnstilskudd).
 */
const TASK_WORDS = new Set([
  'søke', 'søker', 'søkt', 'søkte', 'søknad', 'søknaden', 'søknader', 'søknadene', 'søkje', 'søkjer', 'søknadar', 'søknadane',
  'soke', 'soker', 'soknad', 'soknaden',
]);

/** Whether a query is a question: it ends with «?» or opens with a question word. */
export function isQuestion(query: string): boolean {
  const first = query.match(/[\p{L}\p{N}]+/u)?.[0]?.toLowerCase();
  return /\?\s*$/.test(query) || (first !== undefined && QUESTION_OPENERS.has(first));
}

/**
 * The words of `query` that say what it is about, for Pagefind: a question without its little
 * words («hvor lenge varer lønnstilskudd?» → «varer lønnstilskudd»), any query without task words
 * («søke mentor» → «mentor»). Quoted phrases stay whole; a query that would lose every word is
 * returned as it was. A two-letter abbreviation typed in capitals is quoted, so that it matches
 * only itself: Pagefind matches a word's start, and «LO» ranked every page with «lønn» (typed
 * «lonn») above the pages that name LO. A word that mixes Bokmål and Nynorsk is asked for in
 * Bokmål («lønnstilskot» → «lønnstilskudd», see written-standards.ts).
 */
export function topicQuery(query: string): string {
  const question = isQuestion(query);
  const parts = query.match(/"[^"]*"?|[^\s"]+/g) ?? [];
  const kept = parts.flatMap((part) => {
    if (part.startsWith('"')) return [part];
    const word = part.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '');
    const lower = word.toLowerCase();
    if (word === '' || TASK_WORDS.has(lower) || (question && QUESTION_WORDS.has(lower))) return [];
    return [isAbbreviation(word) ? `"${word}"` : part.replace(/\p{L}+/gu, unmixed)];
  });
  const topic = kept.join(' ').replace(/\?+/g, ' ').replace(/\s+/g, ' ').trim();
  return /[\p{L}\p{N}]/u.test(topic) ? topic : query;
}
