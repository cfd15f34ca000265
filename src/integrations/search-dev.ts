/**
 * Search in `astro dev`: on the first request for <base>pagefind/…, crawls the dev server's own
 * pages (following links from the home page and the section pages), indexes them in memory and
 * serves the bundle from there. Editing content or code throws the index away; the next search
 * builds a new one.
 */
import { resolve, sep } from 'node:path';
import type { AstroIntegrationLogger } from 'astro';
import type { ViteDevServer } from 'vite';
import { pageLinks } from '../lib/search/index-html';
import { addPage, checkPagefind, createSearchIndex } from './search-pagefind';

/** Where crawling starts, besides the home page: the section pages link to every entry. */
const SEEDS = ['historier/', 'virkemidler/', 'innsatsomrader/', 'aktuelt/'];
/** Upper bound on crawled pages, so a link loop can never run away. */
const MAX_PAGES = 20_000;
/** Pages fetched at once; the dev server renders each on demand. */
const PARALLEL = 4;

const TYPES: Record<string, string> = {
  js: 'text/javascript; charset=utf-8',
  json: 'application/json; charset=utf-8',
  css: 'text/css; charset=utf-8',
};

/** Crawls `origin + base` and returns the Pagefind bundle as path → bytes. */
async function buildDevIndex(origin: string, base: string, logger: AstroIntegrationLogger): Promise<Map<string, Uint8Array>> {
  const started = Date.now();
  const index = await createSearchIndex();
  const seen = new Set<string>([base, ...SEEDS.map((s) => base + s)]);
  const queue = [...seen];
  let indexed = 0;
  const worker = async () => {
    for (let path = queue.shift(); path !== undefined; path = queue.shift()) {
      const response = await fetch(origin + path, { headers: { accept: 'text/html' } });
      if (!response.ok || !(response.headers.get('content-type') ?? '').includes('text/html')) continue;
      const html = await response.text();
      for (const link of pageLinks(html, base)) {
        if (!seen.has(link) && seen.size < MAX_PAGES) {
          seen.add(link);
          queue.push(link);
        }
      }
      if (await addPage(index, html, { url: `/${path.slice(base.length)}` })) indexed++;
    }
  };
  // Workers pick up links the others find; loop until the queue stays empty.
  while (queue.length > 0) await Promise.all(Array.from({ length: PARALLEL }, worker));
  const { errors, files } = await index.getFiles();
  checkPagefind('building the dev index', errors);
  await index.deleteIndex();
  logger.info(`Search index for the dev server: ${indexed} pages in ${Date.now() - started} ms`);
  return new Map(files.map((f) => [f.path.replace(/^\/+/, ''), f.content]));
}

/** Adds the <base>pagefind/ middleware to the dev server. */
export function serveDevIndex(server: ViteDevServer, base: string, logger: AstroIntegrationLogger): void {
  const prefix = `${base}pagefind/`;
  let current: Promise<Map<string, Uint8Array>> | undefined;
  // Only edits to code or content change what search should find; builds into .tmp/ do not.
  const watched = [resolve(server.config.root, 'src'), resolve(server.config.root, process.env['CONTENT_DIR'] ?? 'content')];
  server.watcher.on('all', (_event, file) => {
    if (watched.some((dir) => file.startsWith(dir + sep))) current = undefined;
  });
  server.middlewares.use((req, res, next) => {
    // Astro's own middleware runs first and strips the base path from the URL.
    const url = (req.url ?? '').split('?')[0] ?? '';
    const path = url.startsWith(prefix) ? url : `${base}${url.slice(1)}`;
    if (!path.startsWith(prefix)) return next();
    const host = req.headers.host ?? 'localhost';
    current ??= buildDevIndex(`http://${host}`, base, logger).catch((error: unknown) => {
      current = undefined;
      throw error;
    });
    current.then(
      (files) => {
        const file = files.get(decodeURIComponent(path.slice(prefix.length)));
        if (!file) {
          res.statusCode = 404;
          res.end('Not found');
          return;
        }
        const ext = path.split('.').pop() ?? '';
        res.setHeader('content-type', TYPES[ext] ?? 'application/octet-stream');
        res.setHeader('cache-control', 'no-store');
        res.end(Buffer.from(file));
      },
      (error: unknown) => {
        logger.error(`Search index for the dev server failed: ${error instanceof Error ? error.message : String(error)}`);
        res.statusCode = 500;
        res.end('Search index failed; see the dev server log');
      },
    );
  });
}
