/** Reads the page list from a built site's sitemap with a real XML parser. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { XMLParser } from 'fast-xml-parser';

const parser = new XMLParser();

function locs(xml: string, root: 'sitemapindex' | 'urlset', item: 'sitemap' | 'url'): string[] {
  const parsed = parser.parse(xml) as Record<string, Record<string, { loc: string } | { loc: string }[]>>;
  const entries = parsed[root]?.[item] ?? [];
  return (Array.isArray(entries) ? entries : [entries]).map((e) => e.loc);
}

/** Every page path (without origin) listed in `dir`'s sitemap, sorted. */
export function sitemapPaths(dir: string): string[] {
  const index = readFileSync(join(dir, 'sitemap-index.xml'), 'utf8');
  const paths = locs(index, 'sitemapindex', 'sitemap').flatMap((loc) => {
    const file = join(dir, new URL(loc).pathname.split('/').pop() ?? '');
    return locs(readFileSync(file, 'utf8'), 'urlset', 'url').map((url) => new URL(url).pathname);
  });
  return [...new Set(paths)].sort();
}
