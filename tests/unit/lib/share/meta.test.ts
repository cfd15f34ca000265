import { describe, expect, it } from 'vitest';
import { cardAlt, shareTags, type ShareData } from '../../../../src/lib/share/meta';

const base: ShareData = {
  title: 'Mentor',
  description: 'Ein kollega rettleier.',
  url: 'https://semuligheter.no/virkemidler/mentor/',
  image: 'https://semuligheter.no/del/virkemidler/mentor.png',
  imageAlt: 'Kort',
  lang: 'nn',
  type: 'article',
  siteName: '#Semuligheter',
  published: new Date('2026-01-02T00:00:00Z'),
  modified: new Date('2026-03-04T00:00:00Z'),
};
const asMap = (data: ShareData) => new Map(shareTags(data).map((t) => [t.key, t]));

describe('shareTags', () => {
  it.each([
    ['og:title', 'Mentor'],
    ['og:description', 'Ein kollega rettleier.'],
    ['og:url', 'https://semuligheter.no/virkemidler/mentor/'],
    ['og:image', 'https://semuligheter.no/del/virkemidler/mentor.png'],
    ['og:image:width', '1200'],
    ['og:image:height', '630'],
    ['og:image:alt', 'Kort'],
    ['og:locale', 'nn_NO'],
    ['og:type', 'article'],
    ['og:site_name', '#Semuligheter'],
    ['twitter:card', 'summary_large_image'],
    ['article:published_time', '2026-01-02T00:00:00.000Z'],
    ['article:modified_time', '2026-03-04T00:00:00.000Z'],
  ])('%s = %s', (key, content) => {
    expect(asMap(base).get(key)?.content).toBe(content);
  });

  it('uses property for Open Graph and name for Twitter', () => {
    const tags = asMap(base);
    expect(tags.get('og:title')?.attribute).toBe('property');
    expect(tags.get('twitter:card')?.attribute).toBe('name');
  });

  it('gives websites nb_NO and no article dates', () => {
    const tags = asMap({ ...base, type: 'website', lang: 'nb' });
    expect(tags.get('og:locale')?.content).toBe('nb_NO');
    expect(tags.has('article:published_time')).toBe(false);
  });
});

describe('cardAlt says what the card shows, naming the site once', () => {
  it.each([
    ['Historie', 'Bakeriet', '#Semuligheter – Historie: Bakeriet'],
    ['#Semuligheter', 'For partnere', '#Semuligheter: For partnere'],
    ['Kampanjen', '#Semuligheter', '#Semuligheter – Kampanjen'],
    ['#Semuligheter', '#Semuligheter', '#Semuligheter'],
  ])('%s, %s → %s', (kind, title, expected) => {
    expect(cardAlt(kind, title, '#Semuligheter')).toBe(expected);
  });
});
