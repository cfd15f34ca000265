import { describe, expect, it } from 'vitest';
import { articleSearchData, focusAreaSearchData, measureSearchData, pageSearchData, searchAttributes, storySearchData } from '../../../../src/lib/search/page-data';

const common = { lang: 'nb' as const, description: 'En beskrivelse.', published: new Date('2026-03-10') };

describe('search data per content type', () => {
  it.each([
    {
      name: 'story',
      data: storySearchData({ ...common, industry: 'handel', county: 'nordland', measures: [{ id: 'mentor' }, { id: 'mentor' }], focusArea: { id: 'opplaering' } }),
      filters: { type: ['historie'], sprak: ['nb'], bransje: ['handel'], fylke: ['nordland'], virkemiddel: ['mentor'], innsatsomrade: ['opplaering'] },
      type: 'Historie',
    },
    {
      name: 'measure',
      data: measureSearchData('mentor', { ...common, lang: 'nn', focusAreas: [{ id: 'senke-terskelen' }] }),
      filters: { type: ['virkemiddel'], sprak: ['nn'], virkemiddel: ['mentor'], innsatsomrade: ['senke-terskelen'] },
      type: 'Virkemiddel',
    },
    { name: 'focus area', data: focusAreaSearchData('opplaering', common), filters: { type: ['innsatsomrade'], sprak: ['nb'], innsatsomrade: ['opplaering'] }, type: 'Innsatsområde' },
    { name: 'article without measures', data: articleSearchData({ ...common, measures: [], focusAreas: [] }), filters: { type: ['artikkel'], sprak: ['nb'] }, type: 'Artikkel' },
    { name: 'page', data: pageSearchData(common), filters: { type: ['side'], sprak: ['nb'] }, type: 'Side' },
  ])('$name', ({ data, filters, type }) => {
    expect(data.filters).toEqual(filters);
    expect(data.sort).toEqual({ dato: '2026-03-10' });
    const { stikkord: _, ...shown } = data.meta;
    expect(shown).toEqual({ type, dato: '2026-03-10' });
  });
});

describe('story keywords', () => {
  it.each([
    // county, industry, language, the stikkord metadata expected
    ['more-og-romsdal', 'handel', 'nb', 'Møre og Romsdal Handel Vestlandet butikk varehandel detaljhandel dagligvare salg sal moere more'],
    ['nordland', 'industri', 'nb', 'Nordland Industri Nord-Norge Nord-Noreg produksjon fabrikk verksted verkstad'],
    [
      'trondelag',
      'helse-og-omsorg',
      'nn',
      'Trøndelag Helse og omsorg Midt-Norge Midt-Noreg sykehus sjukehus sykehjem sjukeheim eldreomsorg pleie helsevesen troendelag trondelag',
    ],
    ['vestland', 'landbruk-og-fiske', 'nn', 'Vestland Landbruk og fiske Vestlandet havbruk oppdrett fiskeoppdrett akvakultur sjømat fiskeri jordbruk gårdsbruk sjoemat sjomat gaardsbruk gardsbruk'],
  ] as const)('%s and %s (%s) give %j', (county, industry, lang, expected) => {
    const data = storySearchData({ ...common, lang, industry, county, measures: [], focusArea: { id: 'f' } });
    expect(data.meta.stikkord).toBe(expected);
  });

  it('only stories have them', () => {
    for (const data of [measureSearchData('mentor', { ...common, focusAreas: [] }), focusAreaSearchData('x', common), pageSearchData(common)]) {
      expect('stikkord' in data.meta).toBe(false);
    }
  });
});

describe('measure short names', () => {
  it.each([
    // short title, the kortnavn metadata expected
    ['IPS', 'IPS'],
    [undefined, undefined],
    ['', undefined],
  ])('shortTitle %j gives kortnavn %j', (shortTitle, kortnavn) => {
    const data = measureSearchData('individuell-jobbstotte', { ...common, focusAreas: [], shortTitle });
    expect(data.meta.kortnavn).toBe(kortnavn);
    expect('kortnavn' in data.meta).toBe(kortnavn !== undefined);
  });
});

describe('other names (searchAliases)', () => {
  it.each([
    // content type, the aliases given, the aliases the search data carries
    ['measure', ['mentortilskudd'], ['mentortilskudd']],
    ['measure', [], undefined],
    ['article', ['ministeren', 'statsråd'], ['ministeren', 'statsråd']],
    ['article', [], undefined],
    ['article', undefined, undefined],
  ] as const)('%s with %j carries %j', (kind, given, expected) => {
    const searchAliases = given === undefined ? undefined : [...given];
    const data =
      kind === 'measure'
        ? measureSearchData('mentor', { ...common, focusAreas: [], searchAliases })
        : articleSearchData({ ...common, measures: [], focusAreas: [], searchAliases });
    expect(data.aliases).toEqual(expected === undefined ? undefined : [...expected]);
  });
});

describe('searchAttributes', () => {
  it('gives one attribute per filter value, then sort keys and metadata', () => {
    const attrs = searchAttributes(storySearchData({ ...common, industry: 'handel', county: 'nordland', measures: [{ id: 'a' }, { id: 'b' }], focusArea: { id: 'f' } }));
    expect(attrs.filter((a) => a.kind === 'filter' && a.key === 'virkemiddel').map((a) => a.value)).toEqual(['a', 'b']);
    expect(attrs.filter((a) => a.kind === 'sort')).toEqual([{ kind: 'sort', key: 'dato', value: '2026-03-10' }]);
    expect(attrs.filter((a) => a.kind === 'meta').map((a) => a.key)).toEqual(['type', 'dato', 'stikkord']);
  });
});
