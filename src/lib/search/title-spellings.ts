/**
 * A page's title in its other spellings, for the search index's title metadata: ASCII
 * («opplaering»), the other written standard («nedsett») and the page's other names
 * (`searchAliases`). index-html.ts writes the field; the search page weights it like the title.
 */
import { commonPrefix, words } from './spelling';

/** The metadata field. Results never show it. */
export const TITLE_SPELLINGS_META = 'tittel_ascii';

/**
 * Pagefind's ranking weight for a match in the field: its default for the `title` field (5), so
 * «nedsett» ranks a page titled «… nedsatt syn» as «nedsatt» does.
 */
export const TITLE_SPELLINGS_WEIGHT = 5;

/** Variants that begin like a title word for this many letters are left out (see below). */
const SHARED_START = 5;

/**
 * The variants that go in the field: those that do not begin like a word of the title itself.
 * A query Pagefind matches by its first letters would otherwise match both the title and the
 * variant and get the title's boost twice: «inkluderer» put «Inkluderingstilskudd» (with
 * «inkluderingstilskot») above «Vi inkluderer». Left-out variants are still indexed with the
 * title's weight in the text; only the metadata boost is not given twice.
 * @param title - the page's title as shown
 * @param variants - its other spellings and names, each a word or a phrase
 */
export function titleMetaVariants(title: string, variants: readonly string[]): string[] {
  const titleWords = words(title.toLowerCase());
  return variants.filter((variant) =>
    words(variant.toLowerCase()).every((word) => titleWords.every((t) => commonPrefix(word, t) < SHARED_START)),
  );
}
