/**
 * Sharing in the built site, read with real parsers: Open Graph tags (open-graph-scraper) and their
 * PNG images, RSS feeds (rss-parser), the sitemap (fast-xml-parser), robots.txt, and the open data
 * files against their JSON Schemas (ajv).
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import ogs from 'open-graph-scraper';
import Parser from 'rss-parser';
import { XMLParser } from 'fast-xml-parser';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { entries as contentEntries } from '../content/load';

const origin = inject('origin');
const pages = inject('pages');
const dist = inject('distDir');
/** The origin the site is built for (SITE_URL's default); every absolute URL in the build uses it. */
const SITE = 'https://semuligheter.no';

/** The built file for a site path: `/x/` → dist/x/index.html, `/rss.xml` → dist/rss.xml. */
const fileFor = (path: string) => join(dist, path.endsWith('/') ? `${path}index.html` : path);
const html = (path: string) => readFileSync(fileFor(path), 'utf8');
/** The path of an absolute site URL, after checking it is on the site's origin. */
function sitePath(url: string): string {
  const u = new URL(url);
  expect(u.origin).toBe(SITE);
  return u.pathname;
}
/** Width and height from a PNG's IHDR chunk. */
function pngSize(file: string): { width: number; height: number } {
  const head = readFileSync(file).subarray(0, 24);
  expect(head.subarray(1, 4).toString('latin1')).toBe('PNG');
  expect(head.subarray(12, 16).toString('latin1')).toBe('IHDR');
  return { width: head.readUInt32BE(16), height: head.readUInt32BE(20) };
}

/** Content pages, which must have a share card of their own (not their section's). */
const OWN_CARD = /^\/(?:(?:historier|virkemidler|aktuelt|innsatsomrader)\/[^/]+\/|presse\/faktaark\/[^/]+\/|[^/]+\/)?$/;
const SECTION_PAGES = /^\/historier\/(?:bransje|fylke|virkemiddel|innsatsomrade|malgruppe|side)\//;

describe.each(pages)('share tags on %s', (path) => {
  it('has Open Graph and Twitter tags with absolute URLs and a 1200×630 PNG', async () => {
    const { result } = await ogs({ html: html(path) });
    expect(result.ogTitle).toBeTruthy();
    expect(result.ogDescription).toBeTruthy();
    expect(result.ogSiteName).toBe('#Semuligheter');
    expect(['nb_NO', 'nn_NO']).toContain(result.ogLocale);
    expect(['website', 'article']).toContain(result.ogType);
    expect(result.twitterCard).toBe('summary_large_image');
    expect(sitePath(result.ogUrl ?? '')).toBe(path);

    const image = result.ogImage?.[0];
    expect(image).toBeDefined();
    expect(image?.width).toBe('1200');
    expect(image?.height).toBe('630');
    const imagePath = sitePath(image?.url ?? '');
    expect(existsSync(fileFor(imagePath)), imagePath).toBe(true);
    expect(pngSize(fileFor(imagePath))).toEqual({ width: 1200, height: 630 });
    expect(image?.alt).toBeTruthy();
    expect(result.twitterImage?.[0]?.url).toBe(image?.url);

    if (OWN_CARD.test(path) && !SECTION_PAGES.test(path)) {
      const own = path === '/' ? '/del/forside.png' : `/del/${path.slice(1, -1)}.png`;
      expect(imagePath).toBe(own);
    }
  });
});

it('content pages each have a different share image', async () => {
  const content = pages.filter((p) => /^\/(historier|virkemidler|aktuelt)\/[^/]+\/$/.test(p) && !SECTION_PAGES.test(p));
  expect(content.length).toBeGreaterThan(20);
  const images = await Promise.all(content.map(async (p) => (await ogs({ html: html(p) })).result.ogImage?.[0]?.url));
  expect(new Set(images).size).toBe(content.length);
});

describe('feeds', () => {
  const parser = new Parser();
  const areas = pages.filter((p) => /^\/innsatsomrader\/[^/]+\/$/.test(p));
  const feeds = ['/rss.xml', ...areas.map((a) => `${a}rss.xml`)];

  it.each(feeds)('%s parses, and every item has a date, a summary and a link to a built page', async (feed) => {
    const parsed = await parser.parseString(readFileSync(fileFor(feed), 'utf8'));
    expect(parsed.title).toContain('#Semuligheter');
    expect(parsed.items.length).toBeGreaterThan(0);
    for (const item of parsed.items) {
      expect(item.title).toBeTruthy();
      expect(item.contentSnippet ?? item.content).toBeTruthy();
      expect(Number.isNaN(Date.parse(item.pubDate ?? ''))).toBe(false);
      const res = await fetch(origin + sitePath(item.link ?? ''));
      expect(res.status, item.link).toBe(200);
    }
    const xml = readFileSync(fileFor(feed), 'utf8');
    const self = /<atom:link href="([^"]+)" rel="self" type="application\/rss\+xml"\/>/.exec(xml)?.[1];
    expect(sitePath(self ?? '')).toBe(feed);
    expect(Date.parse(/<lastBuildDate>([^<]+)<\/lastBuildDate>/.exec(xml)?.[1] ?? '')).toBe(Math.max(...parsed.items.map((i) => Date.parse(i.pubDate ?? ''))));
  });

  it('an invented story says so in its item title, and an article says how old its document is', async () => {
    const parsed = await parser.parseString(readFileSync(fileFor('/rss.xml'), 'utf8'));
    const item = (path: string) => parsed.items.find((i) => sitePath(i.link ?? '') === path);
    const stories = contentEntries('stories');
    expect(stories.some((s) => s.data.illustrative)).toBe(true);
    for (const story of stories) {
      const title = item(`/historier/${story.id}/`)?.title ?? '';
      const label = story.data.lang === 'nn' ? 'Døme: ' : 'Eksempel: ';
      expect(title.startsWith(label), title).toBe(story.data.illustrative === true);
    }
    expect(item('/aktuelt/brev-fra-ministrene/')?.contentSnippet).toMatch(/^Brevet er frå 2019\. /);
    expect(item('/aktuelt/verktoykasse-for-bedriftene/')?.contentSnippet).toMatch(/^Rapporten har ingen dato\. /);
  });

  it('the site feed holds every story and article, newest first', async () => {
    const parsed = await parser.parseString(readFileSync(fileFor('/rss.xml'), 'utf8'));
    const links = parsed.items.map((i) => sitePath(i.link ?? ''));
    const entries = pages.filter((p) => /^\/(historier|aktuelt)\/[^/]+\/$/.test(p) && !SECTION_PAGES.test(p));
    expect([...links].sort()).toEqual([...entries].sort());
    const dates = parsed.items.map((i) => Date.parse(i.pubDate ?? ''));
    expect(dates).toEqual([...dates].sort((a, b) => b - a));
  });

});

describe('sitemap and robots.txt', () => {
  const xml = new XMLParser();
  const urls = () => {
    const parsed = xml.parse(readFileSync(join(dist, 'sitemap-0.xml'), 'utf8')) as { urlset: { url: { loc: string; lastmod?: string }[] } };
    return parsed.urlset.url;
  };
  const redirects = () =>
    readFileSync(join(dist, '_redirects'), 'utf8')
      .split('\n')
      .filter((l) => l && !l.startsWith('#'))
      .map((l) => l.split(' '));

  it('gives every entry page a lastmod from its updated or published date', () => {
    const byPath = new Map(urls().map((u) => [sitePath(u.loc), u.lastmod]));
    expect(byPath.get('/historier/bakeriet-i-trondheim/')?.slice(0, 10)).toBe('2026-03-10');
    const entries = [...byPath].filter(([p]) => /^\/(historier|virkemidler|aktuelt|innsatsomrader)\/[^/]+\/$/.test(p) && !SECTION_PAGES.test(p));
    expect(entries.length).toBeGreaterThan(30);
    expect(entries.filter(([, lastmod]) => !lastmod || Number.isNaN(Date.parse(lastmod)))).toEqual([]);
  });

  it('leaves out aliases, the 404 page and non-page files', () => {
    const paths = urls().map((u) => sitePath(u.loc));
    const aliases = redirects().map(([from]) => from?.replace(/\/?$/, '/'));
    expect(aliases).toEqual(expect.arrayContaining(['/historier/bakeriet/', '/virkemidler/ips/']));
    expect(paths.filter((p) => aliases.includes(p) || p.includes('404') || !p.endsWith('/'))).toEqual([]);
  });

  it('the 404 page points no canonical link or og:url at an address that does not exist', () => {
    const page404 = readFileSync(join(dist, '404.html'), 'utf8');
    expect(page404).toContain('<meta name="robots" content="noindex">');
    expect(page404).not.toMatch(/rel="canonical"|property="og:url"/);
    expect(html('/')).toMatch(/rel="canonical"[\s\S]*property="og:url"/);
  });

  it('robots.txt points to the sitemap with an absolute URL', () => {
    const robots = readFileSync(join(dist, 'robots.txt'), 'utf8');
    const sitemap = robots.split('\n').find((l) => l.startsWith('Sitemap: '))?.slice('Sitemap: '.length);
    expect(sitemap).toBe(`${SITE}/sitemap-index.xml`);
    expect(existsSync(join(dist, 'sitemap-index.xml'))).toBe(true);
  });
});

describe('open data', () => {
  const ajv = new Ajv2020({ strict: true, allErrors: true });
  ajv.addFormat('uri', (v: string) => URL.canParse(v) && /^[a-z][a-z0-9+.-]*:/i.test(v));
  ajv.addFormat('date', /^\d{4}-\d{2}-\d{2}$/);

  it.each([
    ['/virkemidler.json', '/virkemidler.schema.json', /^\/virkemidler\/[^/]+\/$/],
    ['/historier.json', '/historier.schema.json', /^\/historier\/[^/]+\/$/],
  ])('%s validates against %s and lists every page with a working URL', async (file, schemaFile, pattern) => {
    const data = JSON.parse(readFileSync(fileFor(file), 'utf8')) as { $schema: string; items: { url: string; image: string }[] };
    const schema = JSON.parse(readFileSync(fileFor(schemaFile), 'utf8')) as { $id: string };
    const validate = ajv.compile(schema);
    expect(validate(data), JSON.stringify(validate.errors)).toBe(true);
    expect(data.$schema).toBe(schema.$id);
    expect(sitePath(schema.$id)).toBe(schemaFile);

    const listed = data.items.map((i) => sitePath(i.url)).sort();
    expect(listed).toEqual(pages.filter((p) => pattern.test(p) && !SECTION_PAGES.test(p)).sort());
    for (const item of data.items) expect(existsSync(fileFor(sitePath(item.image))), item.image).toBe(true);
  });

  it.each([
    ['/virkemidler.json', 'individuell-jobbstotte', ['ips']],
    ['/historier.json', 'bakeriet-i-trondheim', ['bakeriet']],
  ])('%s lists the former ids of %s as aliases: %j', (file, id, aliases) => {
    const data = JSON.parse(readFileSync(fileFor(file), 'utf8')) as { items: { id: string; aliases: string[] }[] };
    expect(data.items.find((i) => i.id === id)?.aliases).toEqual(aliases);
  });

  it('the aliases in the files are exactly the former addresses in _redirects, each leading to its item', () => {
    const fromFiles = ['/virkemidler.json', '/historier.json'].flatMap((file) => {
      const data = JSON.parse(readFileSync(fileFor(file), 'utf8')) as { items: { url: string; aliases: string[] }[] };
      return data.items.flatMap((item) => {
        const path = sitePath(item.url);
        return item.aliases.map((alias) => [path.replace(/[^/]+\/$/, `${alias}/`), path]);
      });
    });
    const fromRedirects = readFileSync(join(dist, '_redirects'), 'utf8')
      .split('\n')
      .filter((l) => l && !l.startsWith('#'))
      .map((l) => l.split(' '))
      .filter(([from = '']) => /^\/(virkemidler|historier)\/[^/]+\/$/.test(from))
      .map(([from, to]) => [from, to]);
    expect(fromFiles.length).toBeGreaterThan(0);
    expect(fromFiles.sort()).toEqual(fromRedirects.sort());
  });

  it('every measure has a checked date and a fact sheet that exists', () => {
    const data = JSON.parse(readFileSync(fileFor('/virkemidler.json'), 'utf8')) as { items: { checked: string; factSheet: string }[] };
    for (const item of data.items) {
      expect(item.checked).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(existsSync(fileFor(sitePath(item.factSheet))), item.factSheet).toBe(true);
    }
  });
});
