/**
 * The site's routes, without the base path. Kept apart from src/lib/urls.ts, which adds the base
 * path from Astro's config, so that code run outside Astro (the sitemap filter in
 * astro.config.mjs) can read them too.
 */

/** The production address, for a build without a `SITE_URL` (astro.config.mjs) or Astro's `site`. */
export const PRODUCTION_ORIGIN = 'https://semuligheter.no';

/** Route paths relative to the site root, without the base path. */
export const ROUTES = {
  home: '/',
  stories: '/historier/',
  measures: '/virkemidler/',
  focusAreas: '/innsatsomrader/',
  articles: '/aktuelt/',
  search: '/sok/',
  finder: '/veiviser/',
  about: '/om-kampanjen/',
  partners: '/for-partnere/',
  press: '/presse/',
  accessibility: '/tilgjengelighet/',
  toolkit: '/verktoykasse/',
} as const;

export type RouteName = keyof typeof ROUTES;

/** Collections that have a page per entry, and the folder each lives under. */
export const ENTRY_ROUTES = {
  stories: 'historier',
  measures: 'virkemidler',
  focusAreas: 'innsatsomrader',
  articles: 'aktuelt',
} as const;

export type EntryCollection = keyof typeof ENTRY_ROUTES;
