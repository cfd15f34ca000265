/**
 * Puts the site's public origin into the stylesheet, so a printed page writes internal links as
 * full addresses («https://semuligheter.no/virkemidler/mentor/»), not bare paths. CSS cannot read
 * the origin from the page, and the CSP allows no inline styles, so the build writes it in.
 */
import type { Plugin } from 'vite';

/** What src/styles/global.css says where the origin goes. */
export const SITE_ORIGIN_TOKEN = '"SITE_ORIGIN"';

/**
 * The stylesheet with every origin token replaced by the origin as a CSS string.
 * @param css - the stylesheet source
 * @param site - the site's URL, for example `https://semuligheter.no` (a path on it is dropped: links carry the base path)
 */
export function withSiteOrigin(css: string, site: string): string {
  return css.replaceAll(SITE_ORIGIN_TOKEN, JSON.stringify(new URL(site).origin));
}

/** The Vite plugin; it runs before Tailwind, on stylesheets that contain the token. */
export function siteOriginCss(site: string): Plugin {
  return {
    name: 'semuligheter:site-origin-css',
    enforce: 'pre',
    transform(code, id) {
      if (!/\.css($|\?)/.test(id) || !code.includes(SITE_ORIGIN_TOKEN)) return null;
      return { code: withSiteOrigin(code, site), map: null };
    },
  };
}
