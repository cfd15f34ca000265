/**
 * Astro integration: builds the Pagefind search index after `astro build` (into <outDir>/pagefind/)
 * and serves a live index from the dev server. Indexing errors fail the build.
 */
import type { AstroIntegration } from 'astro';
import { readdir, readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { addPage, checkPagefind, closeSearch, createSearchIndex } from './search-pagefind';
import { serveDevIndex } from './search-dev';

/** Every .html file under `dir`, as paths relative to it. */
async function htmlFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries
    .filter((e) => e.isFile() && e.name.endsWith('.html'))
    .map((e) => relative(dir, join(e.parentPath, e.name)))
    .sort();
}

/** How many pages go to Pagefind at once; it indexes in a separate process. */
const BATCH = 32;

/** The integration; add it to astro.config.mjs. */
export default function searchIndex(): AstroIntegration {
  let base = '/';
  return {
    name: 'semuligheter-search-index',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base.endsWith('/') ? config.base : `${config.base}/`;
      },
      'astro:build:done': async ({ dir, logger }) => {
        const started = Date.now();
        const root = fileURLToPath(dir);
        const index = await createSearchIndex();
        const files = await htmlFiles(root);
        let indexed = 0;
        for (let i = 0; i < files.length; i += BATCH) {
          const batch = files.slice(i, i + BATCH);
          const added = await Promise.all(
            batch.map(async (file) => addPage(index, await readFile(join(root, file), 'utf8'), { sourcePath: file })),
          );
          indexed += added.filter(Boolean).length;
        }
        if (indexed === 0) throw new Error('Search index: no page has data-pagefind-body, so search would find nothing');
        const { errors } = await index.writeFiles({ outputPath: join(root, 'pagefind') });
        checkPagefind('writing the index', errors);
        await closeSearch();
        logger.info(`Indexed ${indexed} of ${files.length} pages for search in ${Date.now() - started} ms`);
      },
      'astro:server:setup': ({ server, logger }) => {
        serveDevIndex(server, base, logger);
      },
    },
  };
}
