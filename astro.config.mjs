// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import tailwindcss from '@tailwindcss/vite';
import searchIndex from './src/integrations/search-index.ts';
import { buildContentIndex, readContentFiles, sitemapOptions } from './src/lib/sitemap.ts';
import { redirectsFileIntegration } from './src/integrations/redirects-file.ts';
import { siteOriginCss } from './src/integrations/site-origin-css.ts';
import { CACHE_DIR } from './src/lib/cache-dir.ts';
import { PRODUCTION_ORIGIN } from './src/lib/routes.ts';

/** Public origin of the site; set SITE_URL when deploying elsewhere. */
const site = process.env.SITE_URL ?? PRODUCTION_ORIGIN;
/** Sub-path the site is served under, e.g. BASE_PATH=/semuligheter/. */
const base = process.env.BASE_PATH ?? '/';
/** Dates and aliases from the content files, for the sitemap's lastmod and the `_redirects` file. */
const contentIndex = buildContentIndex(readContentFiles(process.env.CONTENT_DIR ?? './content'));

export default defineConfig({
  site,
  base,
  trailingSlash: 'always',
  output: 'static',
  outDir: process.env.OUT_DIR ?? 'dist',
  // Fixture builds use their own cache so their entries never mix with the real content.
  cacheDir: CACHE_DIR,
  // Two entries with the same slug must fail the build, not silently overwrite each other.
  prerenderConflictBehavior: 'error',
  // Every script and stylesheet is an external file, so the CSP needs no 'unsafe-inline' (public/_headers).
  // Several pages at once, so sharp's threads keep drawing share cards (src/lib/share/rasterise.ts).
  build: { format: 'directory', inlineStylesheets: 'never', concurrency: 8 },
  integrations: [
    mdx(),
    // Pagefind index after the build (and a live one in `astro dev`); see src/integrations/search-index.ts.
    searchIndex(),
    // Leaves out the 404 page, alias redirects and finder results not offered; lastmod comes from each entry's updated/published date.
    sitemap(sitemapOptions(contentIndex, base)),
    redirectsFileIntegration(contentIndex),
  ],
  vite: {
    // The origin goes into the print styles, which write full addresses after links (src/styles/global.css).
    plugins: [siteOriginCss(site), tailwindcss()],
    build: {
      // Astro inlines hoisted scripts below this limit; a strict CSP would block them.
      assetsInlineLimit: (file) => (file.endsWith('.js') ? false : undefined),
      rollupOptions: {
        // MDX's head-injection directive is harmless when bundled; the warning for every entry hides real ones.
        onwarn(warning, warn) {
          if (warning.code === 'MODULE_LEVEL_DIRECTIVE' && warning.message.includes('astro:head-inject')) return;
          warn(warning);
        },
      },
    },
  },
  image: {
    // Story illustrations are SVGs we draw ourselves; rasterising them gives AVIF/WebP in several widths.
    dangerouslyProcessSVG: true,
  },
  devToolbar: { enabled: false },
});
