/**
 * The one place that builds the site's URLs with its base path (the routes themselves are in
 * src/lib/routes.ts). Every internal link goes through here so the site works under a sub-path.
 */
// `import.meta.env.BASE_URL` is "/" while Astro 7 prerenders, so read the configured base instead.
import { base } from 'astro:config/client';
import { ENTRY_ROUTES, FILE_FOLDERS, FILES, PRODUCTION_ORIGIN, ROUTES, factSheetPath, type EntryCollection, type RouteName } from './routes';

export { ENTRY_ROUTES, FILE_FOLDERS, FILES, ROUTES, factSheetPath, type EntryCollection, type RouteName };

/** Normalises a base path to start and end with a single slash ("" and "/" become "/"). */
export function normaliseBase(base: string): string {
  const trimmed = base.replace(/^\/+|\/+$/g, '');
  return trimmed === '' ? '/' : `/${trimmed}/`;
}

/**
 * Joins a site-relative path onto a base path. Directory-like paths get a trailing slash
 * (the site uses `trailingSlash: 'always'`); paths to files (with an extension) do not.
 * Query strings and fragments are kept.
 * @param path - for example `/historier/` or `historier/bakeriet` or `/virkemidler.json`
 * @param base - the base path, for example `/` or `/semuligheter/`
 */
export function withBase(path: string, base: string): string {
  const match = /^([^?#]*)(.*)$/.exec(path);
  const pathname = match?.[1] ?? '';
  const suffix = match?.[2] ?? '';
  const clean = pathname.replace(/^\/+/, '');
  const isFile = /\.[a-z0-9]+$/i.test(clean);
  const withSlash = clean === '' || isFile || clean.endsWith('/') ? clean : `${clean}/`;
  return `${normaliseBase(base)}${withSlash}${suffix}`;
}

/** URL builders bound to one base path. */
export interface Urls {
  /** A named top-level route, optionally with a query string (without the `?`). */
  route(name: RouteName, query?: string): string;
  /** The page of one collection entry. */
  entry(collection: EntryCollection, id: string): string;
  /** Any other site path, for example a file in public/. */
  path(path: string): string;
}

/** Creates URL builders for the given base path. */
export function createUrls(base: string): Urls {
  return {
    route: (name, query) => withBase(ROUTES[name], base) + (query ? `?${query}` : ''),
    entry: (collection, id) => withBase(`/${ENTRY_ROUTES[collection]}/${id}/`, base),
    path: (path) => withBase(path, base),
  };
}

/** URL builders for this build's base path (Astro's `base` config). */
export const urls: Urls = createUrls(base);

/**
 * The origin absolute URLs are built on: Astro's `site` (`Astro.site`, or `site` in an endpoint's
 * context), or the production address.
 */
export function siteOrigin(site: URL | string | undefined): URL | string {
  return site ?? PRODUCTION_ORIGIN;
}

/** Makes a site path absolute against the site's origin, for canonical URLs, feeds and share cards. */
export function absolute(path: string, site: URL | string): string {
  return new URL(path, site).href;
}
