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

/** A measure's one-page fact sheet for printing, without the base path. */
export function factSheetPath(measureId: string): string {
  return `/presse/faktaark/${measureId}/`;
}

/** Files the site serves beside its pages, from the site root. */
export const FILES = {
  /** The site icon, linked from every page and from the page at a former address. */
  icon: '/favicon.svg',
  /** Everything new: stories and articles (a focus area's own feed: feeds.ts). */
  feed: '/rss.xml',
  /** Every story's card, for filtering /historier/ in place (story-filter.ts). */
  storyCards: '/historier/kort.json',
  /** The names the site uses, for «Mente du …?» on /sok/. */
  searchWords: '/sok/ord.json',
  /** Pagefind's script, in the search index's folder. */
  searchBundle: '/pagefind/pagefind.js',
} as const;

/** Folders of generated or static files; no campaign page may take their names (integrity.ts). */
export const FILE_FOLDERS = {
  /** A share image per page (share/cards.ts). */
  shareCards: 'del',
  /** The campaign banners in public/ (share/banners.ts). */
  banners: 'bannere',
  /** The search index. */
  searchIndex: 'pagefind',
} as const;
