/**
 * Writes `_redirects` (Netlify, Cloudflare Pages) into the build: a server-side 301 for every alias,
 * next to the redirect pages that cover hosts without such a file.
 */
import { writeFile } from 'node:fs/promises';
import type { AstroIntegration } from 'astro';
import { redirectsFile, type ContentIndex } from '../lib/sitemap';

/** The integration; `index` comes from the content files (see src/lib/sitemap.ts). */
export function redirectsFileIntegration(index: ContentIndex): AstroIntegration {
  let base = '/';
  return {
    name: 'semuligheter:redirects-file',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base;
      },
      'astro:build:done': async ({ dir, logger }) => {
        const redirects = [...index.redirects].map(([from, to]) => ({ from, to }));
        await writeFile(new URL('_redirects', dir), redirectsFile(redirects, base));
        logger.info(`_redirects: ${redirects.length} alias(es)`);
      },
    },
  };
}
