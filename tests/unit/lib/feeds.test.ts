import { describe, expect, it } from 'vitest';
import { channelData, feedItems, focusAreaFeedPath, type FeedSource } from '../../../src/lib/feeds';

const d = (s: string) => new Date(`${s}T00:00:00Z`);
const common = (title: string, published: string, lang: 'nb' | 'nn' = 'nb') => ({ title, description: `Om ${title}`, published: d(published), lang });
const source: FeedSource = {
  stories: [
    { id: 'a', data: { ...common('A', '2026-01-01'), focusArea: { id: 'terskel' }, illustrative: false } },
    { id: 'b', data: { ...common('B', '2026-03-01', 'nn'), focusArea: { id: 'helse' }, illustrative: true } },
  ],
  articles: [
    { id: 'n', data: { ...common('N', '2026-02-01'), kind: 'nyhet', documentDate: '2018', focusAreas: [{ id: 'terskel' }, { id: 'helse' }] } },
  ],
  focusAreas: [
    { id: 'terskel', data: { ...common('Terskel', '2026-01-01'), shortTitle: 'Senke terskelen' } },
    { id: 'helse', data: { ...common('Helse', '2026-01-01'), shortTitle: 'Psykisk helse' } },
  ],
};
const link = (collection: string, id: string) => `https://x.no/${collection}/${id}/`;

describe('feedItems', () => {
  it('lists stories and articles newest first with absolute links, dates and summaries', () => {
    expect(feedItems(source, link)).toEqual([
      { title: 'Døme: B', link: 'https://x.no/stories/b/', pubDate: d('2026-03-01'), description: 'Om B', categories: ['Historie', 'Døme', 'Psykisk helse'] },
      {
        title: 'N',
        link: 'https://x.no/articles/n/',
        pubDate: d('2026-02-01'),
        description: 'Nyheten er fra 2018. Om N',
        categories: ['Nyhet', 'Senke terskelen', 'Psykisk helse'],
      },
      { title: 'A', link: 'https://x.no/stories/a/', pubDate: d('2026-01-01'), description: 'Om A', categories: ['Historie', 'Senke terskelen'] },
    ]);
  });

  it.each([
    ['terskel', ['N', 'A']],
    ['helse', ['Døme: B', 'N']],
    ['ukjent', []],
  ])('the %s feed has %j', (area, titles) => {
    expect(feedItems(source, link, area).map((i) => i.title)).toEqual(titles);
  });
});

it('focusAreaFeedPath', () => {
  expect(focusAreaFeedPath('psykisk-helse')).toBe('/innsatsomrader/psykisk-helse/rss.xml');
});

describe('channelData', () => {
  it('gives the language, the feed’s own address and the newest item’s date as lastBuildDate', () => {
    expect(channelData('https://x.no/rss.xml', feedItems(source, link))).toBe(
      '<language>nb-no</language><atom:link href="https://x.no/rss.xml" rel="self" type="application/rss+xml"/><lastBuildDate>Sun, 01 Mar 2026 00:00:00 GMT</lastBuildDate>',
    );
  });

  it('escapes the address and leaves out lastBuildDate for an empty feed', () => {
    expect(channelData('https://x.no/a?b=1&c="2"', [])).toBe(
      '<language>nb-no</language><atom:link href="https://x.no/a?b=1&amp;c=&quot;2&quot;" rel="self" type="application/rss+xml"/>',
    );
  });
});
