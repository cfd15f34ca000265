/**
 * How people type Norwegian without æ, ø and å. Pagefind folds accents (é → e) but keeps æ and ø,
 * so the index gets ASCII spellings of every such word, and highlighting compares words by a
 * shared "skeleton" that treats «lønn», «lonn» and «loenn» as the same word.
 */

/** Letters people replace when their keyboard lacks them. */
const NORDIC = /[æøå]/;

/** The ways each letter is commonly typed: as a digraph, or as the nearest plain letter. */
const SCHEMES: readonly Record<'æ' | 'ø' | 'å', string>[] = [
  { æ: 'ae', ø: 'oe', å: 'aa' },
  { æ: 'a', ø: 'o', å: 'a' },
  { æ: 'e', ø: 'o', å: 'a' },
];

/** Whether a word contains æ, ø or å (in either case). */
export function hasNordicLetters(word: string): boolean {
  return NORDIC.test(word.toLowerCase());
}

/**
 * The ASCII spellings of one word, lower-cased, without the word itself and without duplicates.
 * «Lønnstilskudd» → ["loennstilskudd", "lonnstilskudd"]; a word without æ/ø/å → [].
 */
export function asciiSpellings(word: string): string[] {
  const lower = word.toLowerCase();
  if (!NORDIC.test(lower)) return [];
  const out = new Set<string>();
  for (const scheme of SCHEMES) {
    out.add(lower.replace(/[æøå]/g, (ch) => scheme[ch as keyof typeof scheme]));
  }
  return [...out];
}

/**
 * A word: letters and digits, with any soft hyphens inside it («mulig&shy;heter»), which Pagefind
 * also reads as one word.
 */
export const WORD = /[\p{L}\p{N}](?:[\p{L}\p{N}\u00ad]*[\p{L}\p{N}])?/gu;

/** The words of a text (see WORD). */
export function words(text: string): string[] {
  return text.match(WORD) ?? [];
}

/** How many letters `a` and `b` share from their start. */
export function commonPrefix(a: string, b: string): number {
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  return i;
}

/** Inflection endings (Bokmål and Nynorsk): what may follow a word's stem in a form of it. */
const ENDINGS = new Set(
  'a e n r s t en er et ar as es ne te re ns rs ts de ene ane ens ers ets ede ert het ast nes ars ter tes ren ret ing ande ende erte edes enes erne arne heten heter inga ingen ingar endes hetene hetens ingane ingene'.split(' '),
);

/** Stems shorter than this are not compared: «se» + «nde» is not a form of «se». */
const MIN_STEM = 4;

/** Endings of one consonant that only follow a vowel: «time» + «r», «kvinne» + «n»; «ment» + «r» is no word. */
const AFTER_VOWEL = new Set(['r', 'n']);

/**
 * Whether `a` and `b` may be forms of one word: they are the same, or differ only after a shared
 * stem, in endings (ENDINGS). «bakeri» and «bakeriene», «sørge» and «sørger», «klarer» and
 * «klarte»; not «ment» and «mentro» or «mentr», nor «lønstilskud» and «lønstilskudd». Compare
 * skeletons.
 */
export function formsOfOneWord(a: string, b: string): boolean {
  if (a === b) return true;
  const stem = commonPrefix(a, b);
  if (stem < MIN_STEM) return false;
  const endsInVowel = /[aeiouy]$/.test(a.slice(0, stem));
  const isEnding = (rest: string) => rest === '' || (ENDINGS.has(rest) && (endsInVowel || !AFTER_VOWEL.has(rest)));
  return isEnding(a.slice(stem)) && isEnding(b.slice(stem));
}

/**
 * The ASCII spellings of every word with æ/ø/å in `text`, once for each time the word occurs, in
 * order. Indexed like this, «lonnstilskudd» counts as often on a page as «lønnstilskudd» does, so
 * an ASCII query ranks pages as the same query with æ, ø and å would.
 */
export function asciiSpellingsOfEach(text: string): string[] {
  return words(text).flatMap(asciiSpellings);
}

/** The ASCII spellings of the words with æ/ø/å in `text`, in first-seen order, without duplicates. */
export function asciiVariantsOf(text: string): string[] {
  return [...new Set(asciiSpellingsOfEach(text))];
}

/**
 * A comparison key that is the same for a word and its usual ASCII spellings: lower-case, soft
 * hyphens and accents removed, æ/ø/å and the digraphs ae/oe/aa reduced to one letter.
 * «Opplæring», «opplaering» and «opplaring» all become "opplaring".
 */
export function skeleton(word: string): string {
  return word
    .replace(/\u00ad/g, '')
    .toLowerCase()
    .replace(/æ/g, 'a')
    .replace(/ø/g, 'o')
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/ae|aa/g, 'a')
    .replace(/oe/g, 'o');
}
