/**
 * When the document an article retells (a letter, a report, a news item) is from, as precisely as
 * its source says. An article's `published` date is when this site published the retelling, and a
 * reader must not take it for the date of a ministers' letter from 2019.
 */
import { formatDate, type Lang } from './dates';

/** The value for a document that carries no date. */
export const UNDATED = 'udatert';

const PARTIAL_DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

const MONTHS: Record<Lang, Intl.DateTimeFormat> = {
  nb: new Intl.DateTimeFormat('nb-NO', { month: 'long', year: 'numeric', timeZone: 'UTC' }),
  nn: new Intl.DateTimeFormat('nn-NO', { month: 'long', year: 'numeric', timeZone: 'UTC' }),
};

/** The document named with its article kind, as the subject of a sentence. */
const DOCUMENT: Record<string, Record<Lang, string>> = {
  nyhet: { nb: 'Nyheten', nn: 'Nyheita' },
  brev: { nb: 'Brevet', nn: 'Brevet' },
  rapport: { nb: 'Rapporten', nn: 'Rapporten' },
};

/**
 * Whether a value is a document date: a year (`2019`), a month (`2019-03`) or a day
 * (`2019-03-25`) that exists in the calendar, or `udatert`.
 */
export function isDocumentDate(value: string): boolean {
  if (value === UNDATED) return true;
  const match = PARTIAL_DATE.exec(value);
  if (!match) return false;
  const [, year, month, day] = match;
  if (month === undefined) return true;
  const m = Number(month);
  if (m < 1 || m > 12) return false;
  if (day === undefined) return true;
  const date = new Date(Date.UTC(Number(year), m - 1, Number(day)));
  return date.getUTCMonth() === m - 1 && date.getUTCDate() === Number(day);
}

/**
 * The document date in words: «2019», «mars 2019» or «25. mars 2019»; undefined when undated.
 * @param value - a valid document date (see isDocumentDate)
 */
export function formatDocumentDate(value: string, lang: Lang): string | undefined {
  const match = PARTIAL_DATE.exec(value);
  if (!match) return undefined;
  const [, year, month, day] = match;
  if (month === undefined) return year;
  const date = new Date(`${year}-${month}-${day ?? '01'}T00:00:00Z`);
  return day === undefined ? MONTHS[lang].format(date) : formatDate(date, lang);
}

/**
 * The short phrase for lists: «fra 2019» (Nynorsk «frå 2019»), or «udatert».
 * @param value - a valid document date
 */
export function documentDatePhrase(value: string, lang: Lang): string {
  const text = formatDocumentDate(value, lang);
  if (text === undefined) return UNDATED;
  return `${lang === 'nn' ? 'frå' : 'fra'} ${text}`;
}

/**
 * The eyebrow above an article's title: its kind with the document's age, «Nyhet fra 2018», so a
 * retold item from 2018 is not read as this year's news; just the kind when the document is undated.
 * @param kindLabel - the kind's label in the article's language («Nyhet», «Brev»)
 * @param value - a valid document date
 */
export function articleEyebrow(kindLabel: string, value: string, lang: Lang): string {
  return value === UNDATED ? kindLabel : `${kindLabel} ${documentDatePhrase(value, lang)}`;
}

/**
 * One sentence for the article page and its feed item: «Brevet er frå 2019.» or
 * «Rapporten har ingen dato.»
 * @param kind - the article kind id (nyhet, brev or rapport)
 * @param value - a valid document date
 */
export function documentDateSentence(kind: string, value: string, lang: Lang): string {
  const subject = DOCUMENT[kind]?.[lang] ?? 'Originalen';
  const text = formatDocumentDate(value, lang);
  if (text === undefined) return `${subject} har ingen dato.`;
  return `${subject} er ${lang === 'nn' ? 'frå' : 'fra'} ${text}.`;
}

/**
 * Orders articles by their document's date, newest first; undated documents come last, and a
 * bare year after the months within it.
 */
export function byDocumentDateDesc(a: { data: { documentDate: string } }, b: { data: { documentDate: string } }): number {
  const key = (value: string) => (value === UNDATED ? '' : value);
  const [x, y] = [key(a.data.documentDate), key(b.data.documentDate)];
  return x === y ? 0 : x < y ? 1 : -1;
}
