/**
 * Redirects from former slugs (`aliases`) to the current page, for the redirect pages. The
 * `_redirects` file and the sitemap read the same aliases from the files (src/lib/sitemap.ts), since
 * astro.config.mjs runs before the content layer; tests/e2e/sharing.test.ts checks that they agree.
 */
import { ENTRY_ROUTES } from '../urls';
import { HOME_PAGE_ID } from './cards';

/** A redirect between two site paths (from the site root, without the base path). */
export interface Redirect {
  from: string;
  to: string;
  /** Title of the page redirected to, shown on the redirect page. */
  title: string;
}

interface Aliased {
  id: string;
  data: { title: string; aliases: string[] };
}

/** The collections with aliases, as `loadSite()` returns them. */
export interface AliasSource {
  stories: Aliased[];
  measures: Aliased[];
  focusAreas: Aliased[];
  articles: Aliased[];
  pages: Aliased[];
}

/** Every alias of every entry as a redirect to the entry's page. */
export function aliasRedirects(site: AliasSource): Redirect[] {
  const redirects: Redirect[] = [];
  for (const collection of Object.keys(ENTRY_ROUTES) as (keyof typeof ENTRY_ROUTES)[]) {
    for (const { id, data } of site[collection]) {
      const folder = ENTRY_ROUTES[collection];
      for (const alias of data.aliases) redirects.push({ from: `/${folder}/${alias}/`, to: `/${folder}/${id}/`, title: data.title });
    }
  }
  for (const { id, data } of site.pages) {
    const to = id === HOME_PAGE_ID ? '/' : `/${id}/`;
    for (const alias of data.aliases) redirects.push({ from: `/${alias}/`, to, title: data.title });
  }
  return redirects;
}
