import { describe, expect, it } from 'vitest';
import { cardFor, cardImagePath, cardParam, shareCards, stripBase, type CardSource } from '../../../../src/lib/share/cards';
import { factSheetPath } from '../../../../src/lib/routes';

const entry = <D>(id: string, data: D) => ({ id, data });
const site: CardSource = {
  stories: [
    entry('bakeriet', { title: 'Bakeriet', lang: 'nb' as const, focusArea: { id: 'terskel' }, illustrative: false }),
    entry('verkstedet', { title: 'Verkstedet', lang: 'nn' as const, focusArea: { id: 'terskel' }, illustrative: true }),
  ],
  measures: [entry('mentor', { title: 'Mentor', lang: 'nn' as const, focusAreas: [{ id: 'terskel' }, { id: 'helse' }] })],
  focusAreas: [
    entry('terskel', { title: 'Lettere å ansette', shortTitle: 'Senke terskelen', shortTitleNn: 'Senke terskelen (nn)', order: 1, lang: 'nb' as const }),
    entry('helse', { title: 'Psykisk helse', shortTitle: 'Psykisk helse', shortTitleNn: 'Psykisk helse (nn)', order: 2, lang: 'nb' as const }),
  ],
  articles: [
    entry('brev', { title: 'Brev', lang: 'nn' as const, kind: 'nyhet', focusAreas: [] }),
    entry('rapport', { title: 'Rapport', lang: 'nb' as const, kind: 'rapport', focusAreas: [{ id: 'helse' }] }),
  ],
  pages: [entry('forside', { title: 'Forsiden', lang: 'nb' as const }), entry('presse', { title: 'Presse', lang: 'nb' as const })],
};

describe('cardImagePath and cardParam', () => {
  it.each([
    ['/', '/del/forside.png', 'forside'],
    ['/historier/', '/del/historier.png', 'historier'],
    ['/historier/bakeriet-i-trondheim/', '/del/historier/bakeriet-i-trondheim.png', 'historier/bakeriet-i-trondheim'],
    ['/presse/faktaark/mentor/', '/del/presse/faktaark/mentor.png', 'presse/faktaark/mentor'],
  ])('%s → %s', (page, image, param) => {
    expect(cardImagePath(page)).toBe(image);
    expect(cardParam(page)).toBe(param);
  });
});

describe('stripBase', () => {
  it.each([
    ['/historier/', '/', '/historier/'],
    ['/semuligheter/historier/', '/semuligheter/', '/historier/'],
    ['/semuligheter/', '/semuligheter', '/'],
    ['/semuligheter', '/semuligheter/', '/'],
    ['/annet/', '/semuligheter/', '/annet/'],
  ])('(%s, %s) → %s', (pathname, base, expected) => {
    expect(stripBase(pathname, base)).toBe(expected);
  });
});

describe('shareCards', () => {
  const cards = shareCards(site);
  const byPath = (path: string) => cards.find((c) => c.path === path);

  it('gives every page a card with a path of its own', () => {
    expect(new Set(cards.map((c) => c.path)).size).toBe(cards.length);
  });

  it.each([
    ['/', 'Forsiden', 'Kampanjen', undefined],
    ['/historier/', 'Historier', 'Oversikt', undefined],
    ['/historier/bakeriet/', 'Bakeriet', 'Historie', 'Senke terskelen'],
    ['/historier/verkstedet/', 'Verkstedet', 'Historie · døme', 'Senke terskelen (nn)'],
    ['/virkemidler/mentor/', 'Mentor', 'Verkemiddel', 'Senke terskelen (nn) · Psykisk helse (nn)'],
    [factSheetPath('mentor'), 'Mentor', 'Faktaark', 'Senke terskelen (nn) · Psykisk helse (nn)'],
    ['/aktuelt/rapport/', 'Rapport', 'Rapport', 'Psykisk helse'],
    ['/innsatsomrader/helse/', 'Psykisk helse', 'Innsatsområde 2', undefined],
    ['/aktuelt/brev/', 'Brev', 'Nyheit', undefined],
    ['/presse/', 'Presse', '#Semuligheter', undefined],
  ])('%s: «%s», %s, %s', (path, title, kind, focus) => {
    const card = byPath(path);
    expect({ title: card?.title, kind: card?.kind, focus: card?.focus }).toEqual({ title, kind, focus });
  });

  it('does not give the home page text a page of its own', () => {
    expect(byPath('/forside/')).toBeUndefined();
  });

  it.each([
    ['/historier/bakeriet/', '/historier/bakeriet/'],
    ['/historier/fylke/oslo/', '/historier/'],
    ['/historier/side/2/', '/historier/'],
    ['/veiviser/ny/ansatt/', '/veiviser/'],
    ['/404/', '/'],
    ['/', '/'],
  ])('the card for %s is that of %s', (page, owner) => {
    expect(cardFor(cards, page).path).toBe(owner);
  });

  it('fails loudly without a home card', () => {
    expect(() => cardFor([], '/x/')).toThrow(/home page card/);
  });
});
