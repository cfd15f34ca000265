import { describe, expect, it } from 'vitest';
import { buildProfiles, keyOf, relatedFor, relatedTo, relatedness, type Profile } from '../../../src/lib/related';

function profile(id: string, over: Partial<Profile> = {}): Profile {
  return { collection: 'stories', id, title: id, description: '', lang: 'nb', measures: [], focusAreas: [], industries: [], links: [], ...over };
}

describe('relatedness', () => {
  it.each([
    ['nothing shared', profile('a', { measures: ['m1'] }), profile('b', { measures: ['m2'] }), 0],
    ['one measure', profile('a', { measures: ['m1', 'm2'] }), profile('b', { measures: ['m2', 'm3'] }), 3],
    ['two measures and a focus area', profile('a', { measures: ['m1', 'm2'], focusAreas: ['f'] }), profile('b', { measures: ['m1', 'm2'], focusAreas: ['f'] }), 8],
    ['an industry only', profile('a', { industries: ['bygg'] }), profile('b', { industries: ['bygg', 'handel'] }), 1],
    ['duplicates count once', profile('a', { measures: ['m1', 'm1'] }), profile('b', { measures: ['m1', 'm1'] }), 3],
  ])('%s', (_, a, b, expected) => {
    expect(relatedness(a, b)).toBe(expected);
    expect(relatedness(b, a)).toBe(expected);
  });
});

describe('relatedTo', () => {
  const target = profile('target', { measures: ['m1', 'm2'], focusAreas: ['f'], industries: ['bygg'], links: ['measures/m1'] });
  const candidates = [
    target,
    profile('strong', { measures: ['m1', 'm2'] }),
    profile('industry-only', { industries: ['bygg'] }),
    profile('unrelated', { measures: ['m9'] }),
    profile('m1', { collection: 'measures', measures: ['m1'], focusAreas: ['f'] }),
    profile('m2', { collection: 'measures', measures: ['m2'] }),
    profile('b-same-score', { measures: ['m2'] }),
    profile('a-same-score', { measures: ['m1'] }),
    profile('f', { collection: 'focusAreas', focusAreas: ['f'], industries: ['bygg'] }),
  ];

  it('ranks by score, then stories before measures before focus areas, then title; leaves out itself, links and unrelated', () => {
    expect(relatedTo(target, candidates, 10).map((r) => `${r.collection}/${r.id}:${r.score}`)).toEqual([
      'stories/strong:6',
      'stories/a-same-score:3',
      'stories/b-same-score:3',
      'measures/m2:3',
      'focusAreas/f:3',
      'stories/industry-only:1',
    ]);
  });

  it.each([0, 1, 3])('stops at the limit (%i)', (limit) => {
    expect(relatedTo(target, candidates, limit)).toHaveLength(limit);
  });
});

describe('buildProfiles and relatedFor', () => {
  const ref = (id: string) => ({ id });
  const data = (title: string) => ({ title, description: `Om ${title}`, lang: 'nb' });
  const site = {
    stories: [
      { id: 'bakeriet', data: { ...data('Bakeriet'), measures: [ref('mentor'), ref('lonn')], focusArea: ref('terskel'), industry: 'mat' } },
      { id: 'kafeen', data: { ...data('Kafeen'), measures: [ref('lonn')], focusArea: ref('terskel'), industry: 'mat', illustrative: true } },
      { id: 'verkstedet', data: { ...data('Verkstedet'), measures: [ref('kurs')], focusArea: ref('opplaering'), industry: 'industri' } },
    ],
    measures: [
      { id: 'mentor', data: { ...data('Mentor'), focusAreas: [ref('terskel')], combinesWith: [ref('lonn')] } },
      { id: 'lonn', data: { ...data('Lønnstilskudd'), focusAreas: [ref('terskel')], combinesWith: [ref('mentor')] } },
      { id: 'kurs', data: { ...data('Kurs'), focusAreas: [ref('opplaering')], combinesWith: [] } },
      { id: 'tilskudd', data: { ...data('Tilskudd'), focusAreas: [ref('terskel')], combinesWith: [] } },
    ],
    focusAreas: [
      { id: 'terskel', data: data('Senke terskelen') },
      { id: 'opplaering', data: data('Opplæring') },
    ],
  };
  const profiles = buildProfiles(site);
  const related = (collection: 'stories' | 'measures' | 'focusAreas', id: string) =>
    relatedFor(profiles, collection, id, 10).map((r) => `${r.collection}/${r.id}`);

  it('marks the stories written as examples, so their cards can say so', () => {
    expect(profiles.filter((p) => p.illustrative).map((p) => keyOf(p))).toEqual(['stories/kafeen']);
  });

  it('derives a measure’s industries from the stories that used it', () => {
    expect(profiles.find((p) => p.id === 'mentor')?.industries).toEqual(['mat']);
  });

  it.each([
    // The story page already links to its measures and focus area, so those are left out.
    ['stories', 'bakeriet', ['stories/kafeen', 'measures/tilskudd']],
    // A measure page already shows its combinations, focus areas and stories.
    ['measures', 'mentor', ['stories/kafeen', 'measures/tilskudd']],
    ['measures', 'tilskudd', ['stories/bakeriet', 'stories/kafeen', 'measures/lonn', 'measures/mentor']],
    // A focus area page already lists its measures and stories; nothing else shares anything with it.
    ['focusAreas', 'opplaering', []],
  ] as const)('%s/%s', (collection, id, expected) => {
    expect(related(collection, id)).toEqual(expected);
  });

  it('throws for an entry that does not exist', () => {
    expect(() => relatedFor(profiles, 'stories', 'finnes-ikke')).toThrow('stories/finnes-ikke');
  });
});

describe('relatedTo on many entries', () => {
  // A plain reference: score everything, sort everything, take the first few.
  const ORDER = { stories: 0, measures: 1, focusAreas: 2 } as const;
  function reference(target: Profile, candidates: readonly Profile[], limit: number) {
    const skip = new Set([keyOf(target), ...target.links]);
    return candidates
      .filter((c) => !skip.has(keyOf(c)))
      .map((c) => ({ ...c, score: relatedness(target, c) }))
      .filter((c) => c.score > 0)
      .sort((a, b) => b.score - a.score || ORDER[a.collection] - ORDER[b.collection] || a.title.localeCompare(b.title, 'nb'))
      .slice(0, limit);
  }
  // A small deterministic generator, so a failure can be reproduced.
  let seed = 7;
  const next = (n: number) => ((seed = (seed * 1103515245 + 12345) % 2 ** 31), seed % n);
  const collections = ['stories', 'measures', 'focusAreas'] as const;
  const profiles: Profile[] = Array.from({ length: 300 }, (_, i) => ({
    collection: collections[next(3)]!,
    id: `e${i}`,
    // Few distinct titles, so ties on score and collection are common.
    title: `Tittel ${next(20)}`,
    description: '',
    lang: 'nb',
    measures: [`m${next(6)}`, `m${next(6)}`],
    focusAreas: [`f${next(3)}`],
    industries: [`i${next(8)}`],
    links: next(4) === 0 ? [`stories/e${next(300)}`] : [],
  }));

  it.each([1, 4, 10])('gives the same entries, in the same order, as sorting all of them (limit %i)', (limit) => {
    for (const target of profiles.slice(0, 40)) {
      expect(relatedTo(target, profiles, limit)).toEqual(reference(target, profiles, limit));
    }
  });
});
