import { describe, expect, it } from 'vitest';
import {
  CONTENT_FOLDERS,
  buildContentIndex,
  readEntryDates,
  redirectsFile,
  sitePathOf,
  sitemapOptions,
  type ContentFile,
} from '../../../src/lib/sitemap';
import { ENTRY_ROUTES } from '../../../src/lib/urls';

const d = (s: string) => new Date(`${s}T00:00:00Z`);
const fm = (lines: string) => `---\ntitle: X\n${lines}\n---\n\npublished: 1999-01-01 in the body is ignored\n`;

describe('readEntryDates', () => {
  it.each([
    ['published: 2026-03-10', { published: d('2026-03-10'), updated: undefined, aliases: [] }],
    ["published: '2026-03-10'\nupdated: \"2026-04-01\"", { published: d('2026-03-10'), updated: d('2026-04-01'), aliases: [] }],
    ['published: 2026-03-10\naliases: [bakeriet, "gammel"]', { published: d('2026-03-10'), updated: undefined, aliases: ['bakeriet', 'gammel'] }],
    ['aliases:\n  - ips\n  - jobb\npublished: 2026-01-01', { published: d('2026-01-01'), updated: undefined, aliases: ['ips', 'jobb'] }],
    ['aliases: []', { published: undefined, updated: undefined, aliases: [] }],
  ])('%j', (lines, expected) => {
    expect(readEntryDates(fm(lines))).toEqual(expected);
  });
});

it('CONTENT_FOLDERS agrees with the routes in routes.ts', () => {
  expect(CONTENT_FOLDERS).toMatchObject({
    stories: ENTRY_ROUTES.stories,
    measures: ENTRY_ROUTES.measures,
    'focus-areas': ENTRY_ROUTES.focusAreas,
    articles: ENTRY_ROUTES.articles,
  });
});

describe('buildContentIndex', () => {
  const files: ContentFile[] = [
    { folder: 'stories', slug: 'bakeriet-i-trondheim', text: fm('published: 2026-03-10\naliases: [bakeriet]') },
    { folder: 'stories', slug: 'nyere', text: fm('published: 2026-05-01') },
    { folder: 'measures', slug: 'mentor', text: fm('published: 2026-01-01\nupdated: 2026-06-01') },
    { folder: 'pages', slug: 'forside', text: fm('published: 2026-01-01') },
    { folder: 'pages', slug: 'presse', text: fm('published: 2026-02-01\naliases: [media]') },
  ];
  const index = buildContentIndex(files);

  it.each([
    ['/historier/bakeriet-i-trondheim/', '2026-03-10'],
    ['/virkemidler/mentor/', '2026-06-01'],
    ['/presse/faktaark/mentor/', '2026-06-01'],
    ['/historier/', '2026-05-01'],
    ['/virkemidler/', '2026-06-01'],
    ['/presse/', '2026-02-01'],
    ['/', '2026-06-01'],
  ])('lastmod of %s is %s', (path, date) => {
    expect(index.lastmod.get(path)).toEqual(d(date));
  });

  it('maps every alias to its entry', () => {
    expect([...index.redirects]).toEqual([
      ['/historier/bakeriet/', '/historier/bakeriet-i-trondheim/'],
      ['/media/', '/presse/'],
    ]);
  });

  describe('sitemapOptions', () => {
    const { filter, serialize } = sitemapOptions(index, '/semuligheter/');
    it.each([
      ['https://x.no/semuligheter/historier/bakeriet-i-trondheim/', true],
      ['https://x.no/semuligheter/historier/bakeriet/', false],
      ['https://x.no/semuligheter/media/', false],
      ['https://x.no/semuligheter/404/', false],
      ['https://x.no/semuligheter/rss.xml', false],
      ['https://x.no/semuligheter/sok/', true],
      ['https://x.no/semuligheter/veiviser/resultat/unge/rekruttere/ny/', true],
      ['https://x.no/semuligheter/veiviser/resultat/unge/opplaering/ansatt/', true],
      // Kept for old links only: the finder no longer offers «rekruttere» for someone employed.
      ['https://x.no/semuligheter/veiviser/resultat/unge/rekruttere/ansatt/', false],
      ['https://x.no/semuligheter/veiviser/ansatt/unge/', true],
    ])('filter(%s) → %s', (url, kept) => {
      expect(filter(url)).toBe(kept);
    });

    it.each([
      ['https://x.no/semuligheter/virkemidler/mentor/', '2026-06-01'],
      ['https://x.no/semuligheter/sok/', undefined],
    ])('serialize(%s) gives lastmod %s', (url, lastmod) => {
      expect(serialize<{ url: string; lastmod?: string }>({ url }).lastmod).toBe(lastmod);
    });
  });
});

describe('sitePathOf', () => {
  it.each([
    ['https://x.no/historier/', '/', '/historier/'],
    ['https://x.no/semuligheter/historier/', '/semuligheter/', '/historier/'],
    ['https://x.no/semuligheter/', '/semuligheter/', '/'],
  ])('(%s, %s) → %s', (url, base, expected) => {
    expect(sitePathOf(url, base)).toBe(expected);
  });
});

describe('redirectsFile', () => {
  it.each([
    ['/', ['/historier/bakeriet /historier/bakeriet-i-trondheim/ 301', '/historier/bakeriet/ /historier/bakeriet-i-trondheim/ 301']],
    ['/semuligheter/', ['/semuligheter/historier/bakeriet /semuligheter/historier/bakeriet-i-trondheim/ 301', '/semuligheter/historier/bakeriet/ /semuligheter/historier/bakeriet-i-trondheim/ 301']],
  ])('under %s', (base, lines) => {
    const text = redirectsFile([{ from: '/historier/bakeriet/', to: '/historier/bakeriet-i-trondheim/' }], base);
    expect(text.split('\n').filter((l) => l && !l.startsWith('#'))).toEqual(lines);
  });
});
