import { describe, expect, it } from 'vitest';
import { cardMeta, storyCardData } from '../../../src/lib/story-cards';

describe('cardMeta', () => {
  it.each([
    [{ industry: 'mat-og-drikke', county: 'trondelag', lang: 'nb' as const, illustrative: false }, 'Mat og drikke · Trøndelag'],
    [{ industry: 'it-og-teknologi', county: 'oslo', lang: 'nb' as const, illustrative: true }, 'Eksempel · IT og teknologi · Oslo'],
    [{ industry: 'offentlig-sektor', county: 'vestland', lang: 'nn' as const, illustrative: true }, 'Døme · Offentleg sektor · Vestland'],
    [{ industry: 'offentlig-sektor', county: 'vestland', lang: 'nb' as const, illustrative: false }, 'Offentlig sektor · Vestland'],
  ])('%o → %s', (data, expected) => {
    expect(cardMeta(data)).toBe(expected);
  });
});

describe('storyCardData', () => {
  const image = { src: '/_astro/a.webp', srcset: '/_astro/a-400.webp 400w', width: 1200, height: 675 };
  const story = {
    data: {
      title: 'Bakeriet',
      description: 'Ein ny bakar',
      lang: 'nn' as const,
      industry: 'mat-og-drikke',
      county: 'trondelag',
      measures: [{ id: 'mentor' }, { id: 'vi-inkluderer' }],
      focusArea: { id: 'senke-terskelen' },
      targetGroups: ['hull-i-cv'],
      illustrative: true,
    },
  };

  it('carries what the card shows and the values the filters match on', () => {
    expect(storyCardData(story, '/historier/bakeriet/', image)).toEqual({
      url: '/historier/bakeriet/',
      lang: 'nn',
      title: 'Bakeriet',
      description: 'Ein ny bakar',
      meta: 'Døme · Mat og drikke · Trøndelag',
      image,
      values: {
        bransje: ['mat-og-drikke'],
        fylke: ['trondelag'],
        virkemiddel: ['mentor', 'vi-inkluderer'],
        innsatsomrade: ['senke-terskelen'],
        malgruppe: ['hull-i-cv'],
      },
    });
  });
});
