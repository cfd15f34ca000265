/**
 * The sitemap's dates and the site's alias redirects, read straight from the content files.
 * astro.config.mjs uses this before Astro's content layer exists, so it reads frontmatter itself:
 * only the `published`, `updated` and `aliases` fields, which the schemas have already validated.
 * No imports from astro:* here: the config cannot load Astro's virtual modules.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { lastChanged } from './dates';
import { answersOfResultSubpath, isOffered } from './finder';
import { ENTRY_ROUTES, ROUTES } from './routes';

/** The fields the sitemap and redirects need from one entry. */
export interface EntryDates {
  published?: Date | undefined;
  updated?: Date | undefined;
  aliases: string[];
}

/** Content folders and the URL folder their entries are served under ('' = top level). */
export const CONTENT_FOLDERS = {
  stories: ENTRY_ROUTES.stories,
  measures: ENTRY_ROUTES.measures,
  'focus-areas': ENTRY_ROUTES.focusAreas,
  articles: ENTRY_ROUTES.articles,
  pages: '',
} as const;

/** The `pages` entry shown at `/`. */
const HOME_ID = 'forside';

const dateField = (frontmatter: string, field: string): Date | undefined => {
  const value = new RegExp(`^${field}:\\s*['"]?(\\d{4}-\\d{2}-\\d{2})['"]?\\s*$`, 'm').exec(frontmatter)?.[1];
  return value ? new Date(`${value}T00:00:00Z`) : undefined;
};

/** Reads `published`, `updated` and `aliases` (flow `[a, b]` or block `- a` lists) from a file's frontmatter. */
export function readEntryDates(text: string): EntryDates {
  const frontmatter = /^---\r?\n([\s\S]*?)\r?\n---/.exec(text)?.[1] ?? '';
  const flow = /^aliases:\s*\[([^\]]*)\]\s*$/m.exec(frontmatter)?.[1];
  const block = /^aliases:\s*\r?\n((?:[ \t]+-.*\r?\n?)+)/m.exec(frontmatter)?.[1];
  const list = flow !== undefined ? flow.split(',') : (block?.split(/\r?\n/).map((line) => line.replace(/^\s*-/, '')) ?? []);
  const aliases = list.map((a) => a.trim().replace(/^['"]|['"]$/g, '')).filter((a) => a !== '');
  return { published: dateField(frontmatter, 'published'), updated: dateField(frontmatter, 'updated'), aliases };
}

const latest = (dates: (Date | undefined)[]): Date | undefined =>
  dates.reduce<Date | undefined>((max, d) => (d && (!max || d > max) ? d : max), undefined);

/** What the content says about the site's URLs. Paths are from the site root, without the base path. */
export interface ContentIndex {
  /** Page path → last change, for every entry page, the fact sheets and the overview pages. */
  lastmod: Map<string, Date>;
  /** Former path → current path, for every alias. */
  redirects: Map<string, string>;
}

/** One content file's place in the index: its folder, its slug and its frontmatter text. */
export interface ContentFile {
  folder: keyof typeof CONTENT_FOLDERS;
  slug: string;
  text: string;
}

const pathOf = (folder: keyof typeof CONTENT_FOLDERS, slug: string) => {
  const prefix = CONTENT_FOLDERS[folder];
  if (prefix === '') return slug === HOME_ID ? '/' : `/${slug}/`;
  return `/${prefix}/${slug}/`;
};

/** Builds the index from content files (pure: reading the files is `readContentFiles`' job). */
export function buildContentIndex(files: readonly ContentFile[]): ContentIndex {
  const lastmodMap = new Map<string, Date>();
  const redirects = new Map<string, string>();
  const byFolder = new Map<string, (Date | undefined)[]>();
  for (const file of files) {
    const dates = readEntryDates(file.text);
    const path = pathOf(file.folder, file.slug);
    const changed = lastChanged(dates.published, dates.updated);
    if (changed) {
      lastmodMap.set(path, changed);
      if (file.folder === 'measures') lastmodMap.set(`/presse/faktaark/${file.slug}/`, changed);
    }
    byFolder.set(file.folder, [...(byFolder.get(file.folder) ?? []), changed]);
    for (const alias of dates.aliases) redirects.set(pathOf(file.folder, alias), path);
  }
  // An overview page changes when one of its entries does.
  for (const [folder, prefix] of Object.entries(CONTENT_FOLDERS)) {
    const newest = latest(byFolder.get(folder) ?? []);
    if (prefix !== '' && newest) lastmodMap.set(`/${prefix}/`, newest);
  }
  const newest = latest([...lastmodMap.values()]);
  if (newest && (!lastmodMap.has('/') || lastmodMap.get('/')! < newest)) lastmodMap.set('/', newest);
  return { lastmod: lastmodMap, redirects };
}

/** Reads every published (not `_`-draft) Markdown/MDX file in the content folder. */
export function readContentFiles(contentDir: string): ContentFile[] {
  return (Object.keys(CONTENT_FOLDERS) as (keyof typeof CONTENT_FOLDERS)[]).flatMap((folder) => {
    let names: string[];
    try {
      names = readdirSync(join(contentDir, folder));
    } catch {
      return [];
    }
    return names
      .filter((name) => /^[^_].*\.mdx?$/.test(name))
      .map((name) => ({ folder, slug: name.replace(/\.mdx?$/, ''), text: readFileSync(join(contentDir, folder, name), 'utf8') }));
  });
}

/** The site path of a sitemap URL: (`https://x.no/semuligheter/historier/`, `/semuligheter/`) → `/historier/`. */
export function sitePathOf(url: string, base: string): string {
  const pathname = new URL(url).pathname;
  const prefix = `/${base.replace(/^\/+|\/+$/g, '')}`;
  if (prefix === '/' || !pathname.startsWith(prefix)) return pathname;
  return pathname.slice(prefix.length) || '/';
}

/** A finder result page for answers the finder no longer offers (kept for old links only). */
function isUnofferedFinderResult(path: string): boolean {
  if (!path.startsWith(ROUTES.finder)) return false;
  const answers = answersOfResultSubpath(path.slice(ROUTES.finder.length));
  return answers !== undefined && !isOffered(answers);
}

/**
 * The sitemap integration's `filter` and `serialize` options: alias redirects, the 404 page,
 * finder results the finder no longer offers and non-HTML files stay out; every other page gets
 * its `lastmod` from the content.
 */
export function sitemapOptions(index: ContentIndex, base: string) {
  return {
    filter: (url: string): boolean => {
      const path = sitePathOf(url, base);
      return !index.redirects.has(path) && !/^\/404\/?$/.test(path) && path.endsWith('/') && !isUnofferedFinderResult(path);
    },
    serialize: <T extends { url: string; lastmod?: string | undefined }>(item: T): T => {
      const date = index.lastmod.get(sitePathOf(item.url, base));
      return date ? { ...item, lastmod: date.toISOString().slice(0, 10) } : item;
    },
  };
}

/**
 * The lines of a `_redirects` file (Netlify, Cloudflare Pages): one permanent redirect per alias,
 * with and without the trailing slash, paths including the base path.
 */
export function redirectsFile(redirects: readonly { from: string; to: string }[], base: string): string {
  const prefix = `/${base.replace(/^\/+|\/+$/g, '')}`.replace(/^\/$/, '');
  const lines = redirects.flatMap(({ from, to }) => {
    const source = `${prefix}${from}`;
    const target = `${prefix}${to}`;
    return [`${source.replace(/\/$/, '')} ${target} 301`, `${source} ${target} 301`];
  });
  return `# Former addresses of renamed pages (generated from the aliases in content/).\n${lines.join('\n')}\n`;
}
