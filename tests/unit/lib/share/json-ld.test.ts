import { describe, expect, it } from 'vitest';
import { articleJsonLd, campaignJsonLd, serializeJsonLd, type Campaign } from '../../../../src/lib/share/json-ld';

const campaign: Campaign = { name: '#Semuligheter', url: 'https://x.no/', logo: 'https://x.no/del/forside.png', description: 'Om' };

describe('articleJsonLd', () => {
  const input = {
    headline: 'Bakeriet',
    description: 'Om bakeriet',
    url: 'https://x.no/historier/bakeriet/',
    image: 'https://x.no/del/historier/bakeriet.png',
    lang: 'nn' as const,
    published: new Date('2026-03-10T00:00:00Z'),
    campaign,
  };

  it('is an Article with the fields search engines read', () => {
    expect(articleJsonLd(input)).toMatchObject({
      '@context': 'https://schema.org',
      '@type': 'Article',
      headline: 'Bakeriet',
      datePublished: '2026-03-10',
      dateModified: '2026-03-10',
      image: ['https://x.no/del/historier/bakeriet.png'],
      inLanguage: 'nn-NO',
      publisher: { '@type': 'Organization', name: '#Semuligheter' },
    });
  });

  it.each([
    [new Date('2026-04-01T00:00:00Z'), '2026-04-01'],
    [new Date('2026-01-01T00:00:00Z'), '2026-03-10'],
    [undefined, '2026-03-10'],
  ])('updated %s → dateModified %s', (updated, expected) => {
    expect(articleJsonLd({ ...input, updated }).dateModified).toBe(expected);
  });
});

it('campaignJsonLd holds an Organization and a WebSite with a search action', () => {
  const data = campaignJsonLd(campaign, 'https://x.no/sok/') as { '@graph': { '@type': string; potentialAction?: { target: string } }[] };
  expect(data['@graph'].map((node) => node['@type'])).toEqual(['Organization', 'WebSite']);
  expect(data['@graph'][1]?.potentialAction?.target).toBe('https://x.no/sok/?q={search_term_string}');
});

describe('serializeJsonLd', () => {
  it.each([
    [{ headline: '</script><script>alert(1)</script>' }],
    [{ headline: 'a < b & c > d', nested: { list: ['<!--'] } }],
  ])('never writes < and still parses to the same data: %j', (data) => {
    const text = serializeJsonLd(data);
    expect(text).not.toContain('<');
    expect(JSON.parse(text)).toEqual(data);
  });
});
