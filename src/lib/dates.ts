/** Date formatting for Bokmål and Nynorsk pages. */

export type Lang = 'nb' | 'nn';

const LOCALES: Record<Lang, string> = { nb: 'nb-NO', nn: 'nn-NO' };

// One formatter per language: making an Intl.DateTimeFormat is slow, and every card shows a date.
const FORMATS: Record<Lang, Intl.DateTimeFormat> = {
  nb: longDate('nb'),
  nn: longDate('nn'),
};

function longDate(lang: Lang): Intl.DateTimeFormat {
  return new Intl.DateTimeFormat(LOCALES[lang], { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
}

/**
 * Formats a date as a long Norwegian date, for example «5. mars 2019».
 * Uses UTC so a date from frontmatter (midnight UTC) never slips a day.
 */
export function formatDate(date: Date, lang: Lang = 'nb'): string {
  return FORMATS[lang].format(date);
}

/** The ISO date (YYYY-MM-DD) for `<time datetime>`. */
export function isoDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/**
 * The later of a page's published and updated dates (the date it last changed); either may be
 * missing.
 */
export function lastChanged(published: Date, updated: Date | undefined): Date;
export function lastChanged(published: Date | undefined, updated: Date | undefined): Date | undefined;
export function lastChanged(published: Date | undefined, updated: Date | undefined): Date | undefined {
  if (!updated) return published;
  if (!published) return updated;
  return updated > published ? updated : published;
}

/**
 * The day all the dates fall on, or undefined when they differ or there are none: a list whose
 * items were all checked the same day says so once, not once per item.
 */
export function commonDay(dates: readonly Date[]): Date | undefined {
  const [first] = dates;
  if (first === undefined) return undefined;
  return dates.every((d) => isoDate(d) === isoDate(first)) ? first : undefined;
}
