/**
 * Bokmål and Nynorsk forms of the words people search this site for. The index is one language,
 * so «tilskot» would never meet «tilskudd». The index gets each page's words in the other written
 * standard (see index-html.ts), and highlighting compares words by their Bokmål form (`bokmaalKey`).
 */
import { asciiSpellings, skeleton, words } from './spelling';

/**
 * Where a word part may stand: anywhere (`part`, so compounds are covered: «lønnstilskudd»), at
 * the start of a word (`start`: «syk» but not «psykisk»), at its end before a short ending
 * (`end`: «-lig» in «vanskelig»), or as the whole word with a short ending (`word`: «hull», «hullet»).
 */
type Place = 'part' | 'start' | 'end' | 'word';

/** One pair of word parts that mean the same in Bokmål and Nynorsk. */
interface Pair {
  nb: string;
  /** The Nynorsk forms; the index gets each of them for a Bokmål word. */
  nn: readonly string[];
  at: Place;
}

/** The campaign's vocabulary, from the seeds, facts.md and the search audit's Nynorsk queries. */
const PAIRS: readonly Pair[] = [
  { nb: 'tilskudd', nn: ['tilskot'], at: 'part' },
  { nb: 'lønn', nn: ['løn'], at: 'part' },
  { nb: 'nedsatt', nn: ['nedsett'], at: 'part' },
  { nb: 'midlertidig', nn: ['mellombels'], at: 'part' },
  { nb: 'giver', nn: ['givar', 'gjevar'], at: 'part' },
  { nb: 'taker', nn: ['takar'], at: 'part' },
  { nb: 'ansatt', nn: ['tilsett'], at: 'part' },
  { nb: 'ansett', nn: ['tilsetj'], at: 'part' },
  { nb: 'virkemid', nn: ['verkemid'], at: 'part' },
  { nb: 'mulighet', nn: ['moglegheit'], at: 'part' },
  { nb: 'mulig', nn: ['mogleg'], at: 'part' },
  { nb: 'penger', nn: ['pengar'], at: 'part' },
  { nb: 'fravær', nn: ['fråvær'], at: 'part' },
  { nb: 'veiledning', nn: ['rettleiing'], at: 'part' },
  { nb: 'veileder', nn: ['rettleiar'], at: 'part' },
  { nb: 'leder', nn: ['leiar'], at: 'part' },
  { nb: 'lærer', nn: ['lærar'], at: 'part' },
  { nb: 'vansker', nn: ['vanskar'], at: 'part' },
  { nb: 'lidelser', nn: ['lidingar'], at: 'part' },
  { nb: 'lidelse', nn: ['liding'], at: 'part' },
  { nb: 'ansettelse', nn: ['tilsetjing'], at: 'part' },
  { nb: 'søke', nn: ['søkje'], at: 'start' },
  { nb: 'syk', nn: ['sjuk'], at: 'start' },
  { nb: 'uten', nn: ['utan'], at: 'start' },
  { nb: 'selv', nn: ['sjølv'], at: 'start' },
  { nb: 'lig', nn: ['leg'], at: 'end' },
  { nb: 'hull', nn: ['hol'], at: 'word' },
  { nb: 'jobber', nn: ['jobbar'], at: 'word' },
  { nb: 'hva', nn: ['kva'], at: 'word' },
  { nb: 'hvordan', nn: ['korleis'], at: 'word' },
  { nb: 'hvem', nn: ['kven'], at: 'word' },
  { nb: 'ikke', nn: ['ikkje'], at: 'word' },
  { nb: 'mye', nn: ['mykje'], at: 'word' },
  { nb: 'noen', nn: ['nokon'], at: 'word' },
  { nb: 'fra', nn: ['frå'], at: 'word' },
  { nb: 'være', nn: ['vere'], at: 'word' },
  { nb: 'bare', nn: ['berre'], at: 'word' },
];

/** Short endings a `word` or `end` part may take: «hullet», «vanskelige». */
const ENDING = '(?:e|a|t|et|en|er|ar|ene|ane|ere)?$';

/** A replacement rule: what to find in a lower-case word, and what to put instead. */
interface Rule {
  from: string;
  to: string;
  at: Place;
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * One regular expression for a set of rules, longest parts first, so «veileder» wins over «leder».
 * A part that is the start of its own replacement («løn» → «lønn») does not match where the
 * replacement already stands, or «lønn» would become «lønnn».
 */
function compile(rules: readonly Rule[]): { pattern: RegExp; replacements: Map<string, string> } {
  const sorted = [...rules].sort((a, b) => b.from.length - a.from.length);
  const alternatives = sorted.map(({ from, to, at }) => {
    const guard = to.startsWith(from) && to.length > from.length ? `(?!${escape(to.slice(from.length))})` : '';
    const core = escape(from) + guard;
    if (at === 'start') return `^${core}`;
    if (at === 'word') return `^${core}(?=${ENDING})`;
    if (at === 'end') return `(?<=\\p{L}{3})${core}(?=${ENDING})`;
    return core;
  });
  return {
    pattern: new RegExp(alternatives.join('|'), 'gu'),
    replacements: new Map(sorted.map((rule) => [rule.from, rule.to])),
  };
}

// One rule set per Nynorsk alternative, so «arbeidsgiver» gets both «arbeidsgivar» and «arbeidsgjevar».
const ALTERNATIVES = Math.max(...PAIRS.map((pair) => pair.nn.length));
const TO_NYNORSK = Array.from({ length: ALTERNATIVES }, (_, i) =>
  compile(PAIRS.map(({ nb, nn, at }) => ({ from: nb, to: nn[Math.min(i, nn.length - 1)]!, at }))),
);
const TO_BOKMAAL = compile(PAIRS.flatMap(({ nb, nn, at }) => nn.map((form) => ({ from: form, to: nb, at }))));
// The same rules on skeletons (see spelling.ts), for words typed without æ, ø and å.
const SKELETON_TO_BOKMAAL = compile(
  PAIRS.flatMap(({ nb, nn, at }) => nn.map((form) => ({ from: skeleton(form), to: skeleton(nb), at }))).filter((rule) => rule.from !== rule.to),
);
const SKELETON_TO_NYNORSK = compile(
  PAIRS.map(({ nb, nn, at }) => ({ from: skeleton(nb), to: skeleton(nn[0]!), at })).filter((rule) => rule.from !== rule.to),
);

function rewrite(word: string, { pattern, replacements }: ReturnType<typeof compile>): string {
  return word.replace(pattern, (match) => replacements.get(match) ?? match);
}

/**
 * The word in the other written standard, lower-cased, when the table knows one of its parts:
 * «Lønnstilskuddet» → ["lønstilskotet"], «arbeidsgiver» → ["arbeidsgivar", "arbeidsgjevar"],
 * «arbeidsgivar» → ["arbeidsgiver", "arbeidsgjevar"] (its Bokmål form, then its other Nynorsk
 * forms); otherwise []. A word with parts from both standards is read as Bokmål.
 */
export function otherStandardForms(word: string): string[] {
  const lower = word.toLowerCase();
  if (!/^\p{L}+$/u.test(lower)) return [];
  const nynorsk = new Set(TO_NYNORSK.map((rules) => rewrite(lower, rules)));
  nynorsk.delete(lower);
  if (nynorsk.size > 0) return [...nynorsk];
  const bokmaal = rewrite(lower, TO_BOKMAAL);
  if (bokmaal === lower) return [];
  // The word's other Nynorsk forms too, so «arbeidsgjevar» also finds a page that says «arbeidsgivar».
  const others = TO_NYNORSK.map((rules) => rewrite(bokmaal, rules)).filter((form) => form !== lower && form !== bokmaal);
  return [...new Set([bokmaal, ...others])];
}

/**
 * What the index gets for the words of `text` in the other written standard: each form once for
 * each time its word occurs, and its ASCII spellings after it, so «lonstilskot» finds the
 * lønnstilskudd pages and ranks them as «lønnstilskudd» would.
 */
export function otherStandardFormsOfEach(text: string): string[] {
  return words(text)
    .flatMap(otherStandardForms)
    .flatMap((form) => [form, ...asciiSpellings(form)]);
}

/** The forms of `otherStandardFormsOfEach`, each once, in first-seen order. */
export function otherStandardFormsOf(text: string): string[] {
  return [...new Set(otherStandardFormsOfEach(text))];
}

/**
 * A word with parts from both written standards in its Bokmål form: «lønnstilskot» (Bokmål
 * «lønn», Nynorsk «tilskot») → «lønnstilskudd», «lonnstilskot» → «lonnstilskudd». The index has
 * every page's words in both standards, but not mixed, so the search asks for the Bokmål form.
 * Any other word is returned as it was. A word typed in plain ASCII is compared by skeleton.
 */
export function unmixed(word: string): string {
  const lower = word.toLowerCase();
  if (!/^\p{L}+$/u.test(lower)) return word;
  const ascii = /^[a-z]+$/.test(lower);
  const key = ascii ? skeleton(lower) : lower;
  const bokmaal = rewrite(key, ascii ? SKELETON_TO_BOKMAAL : TO_BOKMAAL);
  const hasBokmaalPart = rewrite(key, ascii ? SKELETON_TO_NYNORSK : TO_NYNORSK[0]!) !== key;
  return bokmaal !== key && hasBokmaalPart ? bokmaal : word;
}

/**
 * A skeleton (see spelling.ts) in its Bokmål form, so highlighting treats «tilskot» and
 * «tilskudd», or «lonstilskot» and «lønnstilskudd», as the same word.
 */
export function bokmaalKey(wordSkeleton: string): string {
  return rewrite(wordSkeleton, SKELETON_TO_BOKMAAL);
}
