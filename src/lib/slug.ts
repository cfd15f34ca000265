/**
 * Norwegian text as ids: the one place that folds æ, ø, å and accents to plain letters, for file
 * names of new entries and for filter values typed into a search address.
 */

/**
 * Lower-case with æ → ae, ø → o, å → a and accents removed; everything else is kept.
 * «Møre og Romsdal» → «more og romsdal», «Kafé» → «kafe».
 */
export function foldNorwegian(text: string): string {
  return text
    .toLowerCase()
    .replace(/æ/g, 'ae')
    .replace(/ø/g, 'o')
    .replace(/å/g, 'a')
    .normalize('NFKD')
    .replace(/\p{M}/gu, '');
}

/** A URL-safe id from a Norwegian title: «Bakeriet på Ørland» → «bakeriet-pa-orland». */
export function slugify(title: string): string {
  return foldNorwegian(title)
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}
