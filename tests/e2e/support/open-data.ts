/**
 * The files other sites may fetch from a browser (CORS), and every file of a build as a site path,
 * for the header tests of `_headers` (security.test.ts) and of nginx (nginx.test.ts).
 */
import { readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

/**
 * The open data files, their JSON Schemas and the feeds, which /for-partnere/ invites partners to
 * use on their own sites: these, and only these, are sent with `Access-Control-Allow-Origin: *`.
 * `pages` is the sitemap's page list; each focus area (`/innsatsomrader/<id>/`) has a feed.
 */
export function openDataPaths(pages: readonly string[]): string[] {
  const areaFeeds = pages.filter((p) => /^\/innsatsomrader\/[^/]+\/$/.test(p)).map((p) => `${p}rss.xml`);
  if (areaFeeds.length === 0) throw new Error('No focus-area pages in the sitemap, so no focus-area feeds to check');
  return ['/virkemidler.json', '/virkemidler.schema.json', '/historier.json', '/historier.schema.json', '/rss.xml', ...areaFeeds];
}

/** Every file of the build in `dir` as the path a browser asks for: `x/index.html` → `/x/`. */
export function builtPaths(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => `/${relative(dir, join(entry.parentPath, entry.name)).split(sep).join('/')}`)
    .map((path) => path.replace(/(^|\/)index\.html$/, '$1'))
    .sort();
}
