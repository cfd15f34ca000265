import { describe, expect, it } from 'vitest';
import { absolute, createUrls, normaliseBase, withBase, siteOrigin } from '../../../src/lib/urls';

describe('normaliseBase', () => {
  it.each([
    ['', '/'],
    ['/', '/'],
    ['semuligheter', '/semuligheter/'],
    ['/semuligheter', '/semuligheter/'],
    ['/semuligheter/', '/semuligheter/'],
    ['//a/b//', '/a/b/'],
  ])('%j → %j', (input, expected) => {
    expect(normaliseBase(input)).toBe(expected);
  });
});

describe('withBase', () => {
  it.each([
    // path, base, expected
    ['/', '/', '/'],
    ['/', '/semuligheter/', '/semuligheter/'],
    ['/historier/', '/', '/historier/'],
    ['/historier/', '/semuligheter/', '/semuligheter/historier/'],
    ['historier', '/', '/historier/'],
    ['historier', '/semuligheter', '/semuligheter/historier/'],
    ['/virkemidler/mentor', '/', '/virkemidler/mentor/'],
    ['/virkemidler.json', '/', '/virkemidler.json'],
    ['/virkemidler.json', '/semuligheter/', '/semuligheter/virkemidler.json'],
    ['/favicon.svg', '/x/', '/x/favicon.svg'],
    ['/sok/?q=mentor', '/', '/sok/?q=mentor'],
    ['/sok?q=mentor', '/semuligheter/', '/semuligheter/sok/?q=mentor'],
    ['/virkemidler/mentor/#kilder', '/a/', '/a/virkemidler/mentor/#kilder'],
  ])('withBase(%j, %j) → %j', (path, base, expected) => {
    expect(withBase(path, base)).toBe(expected);
  });
});

describe.each([
  ['/', ''],
  ['/semuligheter/', '/semuligheter'],
])('createUrls with base %j', (base, prefix) => {
  const urls = createUrls(base);
  it.each([
    [() => urls.route('home'), `${prefix}/`],
    [() => urls.route('stories'), `${prefix}/historier/`],
    [() => urls.route('search', 'q=lønn'), `${prefix}/sok/?q=lønn`],
    [() => urls.route('accessibility'), `${prefix}/tilgjengelighet/`],
    [() => urls.entry('stories', 'bakeriet'), `${prefix}/historier/bakeriet/`],
    [() => urls.entry('measures', 'mentor'), `${prefix}/virkemidler/mentor/`],
    [() => urls.entry('focusAreas', 'psykisk-helse'), `${prefix}/innsatsomrader/psykisk-helse/`],
    [() => urls.entry('articles', 'brev'), `${prefix}/aktuelt/brev/`],
    [() => urls.path('/rss.xml'), `${prefix}/rss.xml`],
  ])('%s → %s', (build, expected) => {
    expect(build()).toBe(expected);
  });
});

describe('absolute', () => {
  it.each([
    ['/historier/', 'https://semuligheter.no', 'https://semuligheter.no/historier/'],
    ['/semuligheter/sok/', 'https://example.github.io/', 'https://example.github.io/semuligheter/sok/'],
  ])('absolute(%j, %j) → %j', (path, site, expected) => {
    expect(absolute(path, site)).toBe(expected);
  });
});

describe('siteOrigin', () => {
  it.each([
    // Astro's site, the origin expected
    [new URL('https://example.org/'), 'https://example.org/'],
    ['https://test.semuligheter.no', 'https://test.semuligheter.no'],
    [undefined, 'https://semuligheter.no'],
  ])('%s gives %s', (site, expected) => {
    expect(String(siteOrigin(site))).toBe(expected);
  });
});
