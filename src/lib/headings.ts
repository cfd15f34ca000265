/**
 * Page titles on narrow screens. A Norwegian title can hold a 20–25 letter compound
 * («Tilgjengelighetserklæring»); where the browser cannot hyphenate Norwegian, a title larger than
 * the screen allows cuts such a word anywhere. Titles with long words get a `data-fit` bucket, and
 * src/styles/global.css scales their font size with the screen width so the word fits.
 */

/** Words shorter than this fit a 320 px screen at the normal title size. */
export const FIT_FROM = 15;
/** The largest bucket; a longer word is sized as this one (and may break on the smallest screens). */
export const FIT_MAX = 26;

/**
 * The `data-fit` bucket of a title: its longest word's length in letters, or undefined when every
 * word fits at the normal size.
 */
export function fitBucket(title: string): number | undefined {
  const longest = Math.max(0, ...title.split(/[^\p{L}\p{N}]+/u).map((word) => [...word].length));
  if (longest < FIT_FROM) return undefined;
  return Math.min(FIT_MAX, longest);
}
