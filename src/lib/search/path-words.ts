/** Words for a search, taken from an address that led nowhere (the 404 page's search box). */

import { ENTRY_ROUTES, FILE_FOLDERS, ROUTES } from '../routes';

/** Folder names of the site's own routes: they say where a page was, not what it was about. */
const SECTION_WORDS: ReadonlySet<string> = new Set([
  ...Object.values(ROUTES).flatMap((path) => path.split('/').filter(Boolean)),
  ...Object.values(ENTRY_ROUTES),
  ...Object.values(FILE_FOLDERS),
  'side',
  'index',
]);

/** At most this many words; a long address makes a poor query. */
const MAX_WORDS = 8;

/**
 * The words of a missing page's address, for its 404 page to offer as a search:
 * `/historier/bakeri-i-trondheim/` → `bakeri i trondheim`. The base path, the site's own folder
 * names, page numbers and file endings are left out; an address with nothing else gives `''`.
 * @param pathname - `location.pathname`, still percent-encoded
 * @param base - the site's base path, for example `/` or `/semuligheter/`
 */
export function wordsFromPath(pathname: string, base: string): string {
  const inside = pathname.startsWith(base) ? pathname.slice(base.length) : pathname;
  let text = inside;
  try {
    text = decodeURIComponent(inside);
  } catch {
    // A malformed escape: its code points say nothing, so only the plain letters are kept.
    text = inside.replace(/%[0-9a-f]{0,2}/gi, ' ');
  }
  return text
    .toLowerCase()
    .replace(/\.(html?|php|aspx?)(?=\/|$)/g, '')
    .split(/[^\p{L}\p{N}]+/u)
    .filter((word) => word !== '' && !/^\d+$/.test(word) && !SECTION_WORDS.has(word))
    .slice(0, MAX_WORDS)
    .join(' ');
}
