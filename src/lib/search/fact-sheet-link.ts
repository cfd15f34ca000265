/** The fact sheet beside a measure's search result, for the journalist who searched «faktaark mentor». */

import { ENTRY_ROUTES, factSheetPath } from '../routes';
import { withBase } from '../urls';

/**
 * The fact sheet of the measure a result URL is the page of, or undefined for any other page.
 * @param url - a result's URL as Pagefind gives it, with the base path
 * @param base - the site's base path, for example `/` or `/semuligheter/`
 */
export function factSheetOfResult(url: string, base: string): string | undefined {
  const prefix = withBase(`/${ENTRY_ROUTES.measures}/`, base);
  if (!url.startsWith(prefix)) return undefined;
  const id = /^([a-z0-9-]+)\/$/.exec(url.slice(prefix.length))?.[1];
  return id === undefined ? undefined : withBase(factSheetPath(id), base);
}
