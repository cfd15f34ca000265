import { describe, expect, it } from 'vitest';
import {
  activeFacets,
  browsePages,
  browseHeading,
  browsePageText,
  browseSubpath,
  countByValue,
  facetCounts,
  describeFilters,
  facetVocabulary,
  facetValuesOf,
  filterItems,
  filtersToQuery,
  hasBrowseQuery,
  matchesFilters,
  matchingStories,
  parseFilters,
  showStoriesText,
  storyCountText,
  type Facet,
  type FacetValues,
  type Filters,
} from '../../../src/lib/filters';

/** A story with just the fields the facets come from. */
function story(id: string, industry: string, county: string, measures: string[], focusArea: string, targetGroups: string[]) {
  return { id, data: { industry, county, measures: measures.map((m) => ({ id: m })), focusArea: { id: focusArea }, targetGroups } };
}

const stories = [
  story('bakeriet', 'mat-og-drikke', 'trondelag', ['vi-inkluderer', 'mentor'], 'senke-terskelen', ['hull-i-cv']),
  story('digitalbyraet', 'it-og-teknologi', 'trondelag', ['individuell-jobbstotte'], 'psykisk-helse', ['psykisk-helse', 'hull-i-cv']),
  story('it-selskapet', 'it-og-teknologi', 'oslo', ['funksjonsassistanse', 'mentor'], 'senke-terskelen', ['nedsatt-funksjonsevne']),
  story('verkstedet', 'industri', 'more-og-romsdal', ['mentor'], 'opplaering', ['hull-i-cv', 'mangler-kompetanse']),
];
const ids = (filters: Filters) => filterItems(stories, facetValuesOf, filters).map((s) => s.id);

describe('facetValuesOf', () => {
  it('reads every facet from the story', () => {
    expect(facetValuesOf(stories[1]!)).toEqual({
      bransje: ['it-og-teknologi'],
      fylke: ['trondelag'],
      virkemiddel: ['individuell-jobbstotte'],
      innsatsomrade: ['psykisk-helse'],
      malgruppe: ['psykisk-helse', 'hull-i-cv'],
    });
  });
});

describe('filterItems', () => {
  it.each<[string, Filters, string[]]>([
    ['no filter', {}, ['bakeriet', 'digitalbyraet', 'it-selskapet', 'verkstedet']],
    ['county', { fylke: 'trondelag' }, ['bakeriet', 'digitalbyraet']],
    ['industry', { bransje: 'it-og-teknologi' }, ['digitalbyraet', 'it-selskapet']],
    ['county and industry', { fylke: 'trondelag', bransje: 'mat-og-drikke' }, ['bakeriet']],
    ['one of several measures', { virkemiddel: 'mentor' }, ['bakeriet', 'it-selskapet', 'verkstedet']],
    ['focus area', { innsatsomrade: 'senke-terskelen' }, ['bakeriet', 'it-selskapet']],
    ['one of several target groups', { malgruppe: 'hull-i-cv' }, ['bakeriet', 'digitalbyraet', 'verkstedet']],
    ['three facets', { malgruppe: 'hull-i-cv', virkemiddel: 'mentor', fylke: 'trondelag' }, ['bakeriet']],
    ['a combination nobody has', { fylke: 'oslo', bransje: 'mat-og-drikke' }, []],
    ['an unknown value', { fylke: 'atlantis' }, []],
  ])('%s', (_, filters, expected) => {
    expect(ids(filters)).toEqual(expected);
  });
});

describe('matchesFilters', () => {
  const values: FacetValues = { bransje: ['a'], fylke: ['b'], virkemiddel: ['c', 'd'], innsatsomrade: ['e'], malgruppe: ['f'] };
  it.each<[Filters, boolean]>([
    [{}, true],
    [{ virkemiddel: 'd' }, true],
    [{ virkemiddel: 'x' }, false],
    [{ bransje: 'a', fylke: 'b', virkemiddel: 'c', innsatsomrade: 'e', malgruppe: 'f' }, true],
    [{ bransje: 'a', fylke: 'x' }, false],
  ])('%j → %s', (filters, expected) => {
    expect(matchesFilters(values, filters)).toBe(expected);
  });
});

describe('activeFacets', () => {
  it('lists filtered facets in the fixed order, whatever order they were set in', () => {
    expect(activeFacets({ malgruppe: 'x', fylke: 'y', bransje: 'z' })).toEqual(['bransje', 'fylke', 'malgruppe']);
  });
});

describe('countByValue', () => {
  it.each<[Facet, [string, number][]]>([
    ['fylke', [['trondelag', 2], ['oslo', 1], ['more-og-romsdal', 1]]],
    ['virkemiddel', [['vi-inkluderer', 1], ['mentor', 3], ['individuell-jobbstotte', 1], ['funksjonsassistanse', 1]]],
  ])('%s', (facet, expected) => {
    expect([...countByValue(stories.map(facetValuesOf), facet)]).toEqual(expected);
  });
});

describe('parseFilters', () => {
  const allowed = {
    bransje: ['mat-og-drikke'],
    fylke: ['trondelag', 'oslo'],
    virkemiddel: ['mentor'],
    innsatsomrade: ['psykisk-helse'],
    malgruppe: ['hull-i-cv'],
  };
  it.each<[string, Filters, { facet: Facet; value: string }[]]>([
    ['', {}, []],
    ['fylke=trondelag', { fylke: 'trondelag' }, []],
    ['fylke=trondelag&bransje=mat-og-drikke&side=2', { fylke: 'trondelag', bransje: 'mat-og-drikke' }, []],
    ['fylke=', {}, []],
    ['fylke=atlantis', {}, [{ facet: 'fylke', value: 'atlantis' }]],
    [
      'bransje=%3Cscript%3Ealert(1)%3C%2Fscript%3E&malgruppe=hull-i-cv',
      { malgruppe: 'hull-i-cv' },
      [{ facet: 'bransje', value: '<script>alert(1)</script>' }],
    ],
    ['ukjent=1&q=mentor', {}, []],
    ['fylke=trondelag&fylke=oslo', { fylke: 'trondelag' }, []],
  ])('?%s', (query, filters, rejected) => {
    expect(parseFilters(new URLSearchParams(query), allowed)).toEqual({ filters, rejected });
  });
});

describe('hasBrowseQuery', () => {
  it.each([
    ['', false],
    ['q=mentor', false],
    ['fylke=oslo', true],
    ['side=2', true],
    ['malgruppe=', true],
  ])('?%s → %s', (query, expected) => {
    expect(hasBrowseQuery(new URLSearchParams(query))).toBe(expected);
  });
});

describe('filtersToQuery', () => {
  it.each<[Filters, number, string]>([
    [{}, 1, ''],
    [{}, 2, 'side=2'],
    [{ bransje: 'mat-og-drikke', fylke: 'trondelag' }, 1, 'bransje=mat-og-drikke&fylke=trondelag'],
    [{ fylke: 'trondelag', bransje: 'mat-og-drikke' }, 3, 'bransje=mat-og-drikke&fylke=trondelag&side=3'],
  ])('%j page %i → %j', (filters, page, expected) => {
    expect(filtersToQuery(filters, page)).toBe(expected);
  });

  it('round-trips through parseFilters', () => {
    const filters: Filters = { fylke: 'trondelag', virkemiddel: 'mentor' };
    const allowed = { bransje: [], fylke: ['trondelag'], virkemiddel: ['mentor'], innsatsomrade: [], malgruppe: [] };
    expect(parseFilters(new URLSearchParams(filtersToQuery(filters)), allowed).filters).toEqual(filters);
  });
});

describe('browseSubpath', () => {
  it.each<[Filters, number, string | undefined]>([
    [{}, 1, ''],
    [{}, 2, 'side/2/'],
    [{ fylke: 'trondelag' }, 1, 'fylke/trondelag/'],
    [{ virkemiddel: 'mentor' }, 3, 'virkemiddel/mentor/side/3/'],
    [{ fylke: 'trondelag', bransje: 'mat-og-drikke' }, 1, undefined],
  ])('%j page %i → %j', (filters, page, expected) => {
    expect(browseSubpath(filters, page)).toBe(expected);
  });
});

describe('storyCountText', () => {
  it.each([
    [0, 1, 12, 'Ingen historier passer.'],
    [1, 1, 12, '1 historie.'],
    [12, 1, 12, '12 historier.'],
    [18, 1, 12, 'Viser 1–12 av 18 historier.'],
    [18, 2, 12, 'Viser 13–18 av 18 historier.'],
  ])('%i stories, page %i', (total, page, size, expected) => {
    expect(storyCountText(total, page, size)).toBe(expected);
  });
});

describe('showStoriesText', () => {
  it.each([
    [0, 'Vis 0 historier'],
    [1, 'Vis 1 historie'],
    [18, 'Vis 18 historier'],
  ])('%i stories → %s', (total, expected) => {
    expect(showStoriesText(total)).toBe(expected);
  });
});

describe('browseHeading', () => {
  const vocabulary = {
    bransje: [{ id: 'mat-og-drikke', label: 'Mat og drikke' }],
    fylke: [{ id: 'trondelag', label: 'Trøndelag' }],
    virkemiddel: [{ id: 'mentor', label: 'Mentor' }],
    innsatsomrade: [],
    malgruppe: [],
  };
  it.each<[Filters, string]>([
    [{}, 'Historier'],
    [{ fylke: 'trondelag' }, 'Historier fra Trøndelag'],
    [{ virkemiddel: 'mentor' }, 'Historier: Mentor'],
    [{ fylke: 'trondelag', bransje: 'mat-og-drikke' }, 'Historier: Mat og drikke, Trøndelag'],
  ])('%j → %j', (filters, expected) => {
    expect(browseHeading(filters, vocabulary)).toBe(expected);
  });
});

describe('describeFilters', () => {
  const vocabulary = {
    bransje: [{ id: 'mat-og-drikke', label: 'Mat og drikke' }],
    fylke: [{ id: 'trondelag', label: 'Trøndelag' }],
    virkemiddel: [],
    innsatsomrade: [],
    malgruppe: [{ id: 'hull-i-cv', label: 'Hull i CV-en' }],
  };
  it.each<[Filters, string]>([
    [{}, ''],
    [{ fylke: 'trondelag' }, 'Fylke: Trøndelag'],
    [{ fylke: 'trondelag', bransje: 'mat-og-drikke' }, 'Bransje: Mat og drikke; fylke: Trøndelag'],
    [{ malgruppe: 'hull-i-cv', virkemiddel: 'ukjent' }, 'Virkemiddel: ukjent; målgruppe: Hull i CV-en'],
  ])('%j → %j', (filters, expected) => {
    expect(describeFilters(filters, vocabulary)).toBe(expected);
  });
});

describe('browsePages', () => {
  const vocabulary = {
    bransje: [{ id: 'mat-og-drikke', label: '' }, { id: 'it-og-teknologi', label: '' }, { id: 'handel', label: '' }],
    fylke: [{ id: 'trondelag', label: '' }, { id: 'oslo', label: '' }],
    virkemiddel: [{ id: 'mentor', label: '' }],
    innsatsomrade: [],
    malgruppe: [],
  };
  const values = stories.map(facetValuesOf);
  const key = (p: { filters: Filters; page: number; total: number }) => `${browseSubpath(p.filters, p.page)}:${p.total}`;

  it('has all stories and one page per value with stories, in vocabulary order; values without stories get none', () => {
    expect(browsePages(values, vocabulary, 12).map(key)).toEqual([
      ':4',
      'bransje/mat-og-drikke/:1',
      'bransje/it-og-teknologi/:2',
      'fylke/trondelag/:2',
      'fylke/oslo/:1',
      'virkemiddel/mentor/:3',
    ]);
  });

  it('splits long lists into numbered pages', () => {
    expect(browsePages(values, vocabulary, 2).map(key)).toEqual([
      ':4',
      'side/2/:4',
      'bransje/mat-og-drikke/:1',
      'bransje/it-og-teknologi/:2',
      'fylke/trondelag/:2',
      'fylke/oslo/:1',
      'virkemiddel/mentor/:3',
      'virkemiddel/mentor/side/2/:3',
    ]);
  });

  it('still has a first page when there are no stories', () => {
    expect(browsePages([], vocabulary, 12).map(key)).toEqual([':0']);
  });
});

describe('facetVocabulary', () => {
  const vocabulary = facetVocabulary({
    measures: [{ id: 'mentor', data: { title: 'Mentor' } }],
    focusAreas: [{ id: 'psykisk-helse', data: { title: 'Psykisk helse' } }],
  });
  it.each<[Facet, number, { id: string; label: string }]>([
    ['fylke', 15, { id: 'trondelag', label: 'Trøndelag' }],
    ['bransje', 13, { id: 'mat-og-drikke', label: 'Mat og drikke' }],
    ['malgruppe', 5, { id: 'hull-i-cv', label: 'Hull i CV-en' }],
    ['virkemiddel', 1, { id: 'mentor', label: 'Mentor' }],
    ['innsatsomrade', 1, { id: 'psykisk-helse', label: 'Psykisk helse' }],
  ])('%s has %i values, among them %j', (facet, length, term) => {
    expect(vocabulary[facet]).toHaveLength(length);
    expect(vocabulary[facet]).toContainEqual(term);
  });
});

describe('facetCounts', () => {
  it.each([
    ['bransje', [['mat-og-drikke', 1], ['it-og-teknologi', 2], ['industri', 1]]],
    ['fylke', [['trondelag', 2], ['oslo', 1], ['more-og-romsdal', 1]]],
    ['virkemiddel', [['vi-inkluderer', 1], ['mentor', 3], ['individuell-jobbstotte', 1], ['funksjonsassistanse', 1]]],
  ] as const)('counts %s the same way as countByValue', (facet, expected) => {
    const counts = facetCounts(stories)[facet];
    expect(counts).toEqual(countByValue(stories.map(facetValuesOf), facet));
    expect([...counts]).toEqual(expected);
  });

  it('counts a different array of stories afresh', () => {
    expect(facetCounts(stories.slice(0, 1)).fylke).toEqual(new Map([['trondelag', 1]]));
  });
});

describe('matchingStories', () => {
  it.each<[string, Filters]>([
    ['no filters', {}],
    ['one county', { fylke: 'trondelag' }],
    ['a measure and an industry', { virkemiddel: 'mentor', bransje: 'it-og-teknologi' }],
    ['nothing matches', { fylke: 'oslo', bransje: 'industri' }],
  ])('%s: the same stories as filterItems, and the same list again on the next page', (_, filters) => {
    const first = matchingStories(stories, filters);
    expect(first).toEqual(filterItems(stories, facetValuesOf, filters));
    expect(matchingStories(stories, { ...filters })).toBe(first);
  });
});

describe('browsePageText', () => {
  it.each([
    // filters as described, page, title and start of the description expected
    ['', 1, 'Historier', 'Eksempler skrevet for kampanjen'],
    ['', 2, 'Historier (side 2)', 'Eksempler skrevet for kampanjen'],
    ['Fylke: Trøndelag', 1, 'Historier: Fylke: Trøndelag', 'Historier om inkludering i arbeidslivet, filtrert på fylke: Trøndelag.'],
    ['Fylke: Trøndelag', 3, 'Historier: Fylke: Trøndelag (side 3)', 'Historier om inkludering i arbeidslivet, filtrert på fylke: Trøndelag.'],
  ])('%j, page %i: %j', (described, page, title, description) => {
    const text = browsePageText(described, page);
    expect(text.title).toBe(title);
    expect(text.description.startsWith(description)).toBe(true);
  });
});
