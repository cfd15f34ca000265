/**
 * The Pagefind index both the build and the dev server use: one index for Bokmål and Nynorsk;
 * each page is prepared first (navigation and repeated blocks out, ASCII spellings in). Any Pagefind error throws.
 */
import * as pagefind from 'pagefind';
import type { PagefindIndex } from 'pagefind';
import { indexedMain, withSpellings } from '../lib/search/index-html';

/**
 * Pagefind keeps one index per `<html lang>`; forcing one language lets a search from any page find
 * both written forms, with the Norwegian stemmer. Language is a facet instead.
 */
const LANGUAGE = 'no';

/** Throws with Pagefind's messages when a step reported errors, so the build fails. */
function check(step: string, errors: readonly string[]): void {
  if (errors.length > 0) throw new Error(`Search index: ${step} failed:\n  ${errors.join('\n  ')}`);
}

/** A fresh index; pages are added with `addPage`. */
export async function createSearchIndex(): Promise<PagefindIndex> {
  const { index, errors } = await pagefind.createIndex({ forceLanguage: LANGUAGE });
  check('creating the index', errors);
  if (!index) throw new Error('Search index: Pagefind returned no index');
  return index;
}

/**
 * Adds one page. `where` is either the file's path relative to the output folder (build) or the
 * page's URL without the base path (dev). Returns whether the page is in the index (pages without
 * data-pagefind-body are left out once any page has it).
 */
export async function addPage(index: PagefindIndex, html: string, where: { sourcePath: string } | { url: string }): Promise<boolean> {
  // Pages without data-pagefind-body would be dropped by Pagefind anyway; not sending them saves
  // passing every large list page to its process.
  if (indexedMain(html) === undefined) return false;
  const { errors } = await index.addHTMLFile({ ...where, content: withSpellings(html) });
  check(`indexing ${'url' in where ? where.url : where.sourcePath}`, errors);
  return true;
}

/** Stops Pagefind's background service. */
export function closeSearch(): Promise<unknown> {
  return pagefind.close();
}

export { check as checkPagefind };
