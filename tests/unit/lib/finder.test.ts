import { describe, expect, it } from 'vitest';
import {
  allAnswers,
  alsoLead,
  answersToQuery,
  answersOfResultSubpath,
  isOffered,
  matchMeasures,
  offeredTerms,
  parseAnswers,
  resultSubpath,
  resultSummary,
  stepSubpath,
  type FinderAnswers,
  type FinderMeasure,
} from '../../../src/lib/finder';

function measure(id: string, groups: string[], needs: string[], employment: string[], title = id): FinderMeasure {
  return { id, title, fitsWhen: { groups, needs, employment } };
}

/** A small catalogue shaped like the real one. */
const measures = [
  measure('ips', ['psykisk-helse'], ['rekruttere', 'oppfolging'], ['ny', 'ansatt'], 'Individuell jobbstøtte'),
  measure('ips-ung', ['unge', 'psykisk-helse'], ['rekruttere', 'oppfolging'], ['ny'], 'IPS ung'),
  measure('rekruttering', ['nedsatt-funksjonsevne', 'psykisk-helse', 'hull-i-cv', 'unge', 'mangler-kompetanse'], ['rekruttere'], ['ny'], 'Rekrutteringsbistand'),
  measure('lonn', ['nedsatt-funksjonsevne', 'psykisk-helse', 'hull-i-cv', 'unge', 'mangler-kompetanse'], ['lavere-kostnad'], ['ny', 'ansatt'], 'Midlertidig lønnstilskudd'),
  measure('mentor', ['nedsatt-funksjonsevne', 'psykisk-helse', 'hull-i-cv', 'unge', 'mangler-kompetanse'], ['opplaering', 'oppfolging'], ['ny', 'ansatt'], 'Mentor'),
  measure('hjelpemidler', ['nedsatt-funksjonsevne'], ['tilrettelegging'], ['ny', 'ansatt'], 'Hjelpemidler'),
  measure('assistanse', ['nedsatt-funksjonsevne'], ['tilrettelegging'], ['ny', 'ansatt'], 'Funksjonsassistanse'),
];
const ids = (answers: FinderAnswers) => {
  const result = matchMeasures(measures, answers);
  return { best: result.best.map((m) => m.id), also: result.also.map((m) => m.id) };
};

describe('matchMeasures', () => {
  it.each<[string, FinderAnswers, { best: string[]; also: string[] }]>([
    [
      'psychological health, recruiting, new hire: the most targeted measure first',
      { situasjon: 'ny', malgruppe: 'psykisk-helse', behov: 'rekruttere' },
      { best: ['ips', 'ips-ung', 'rekruttering'], also: ['lonn', 'mentor'] },
    ],
    [
      'already employed: measures only for new hires drop out',
      { situasjon: 'ansatt', malgruppe: 'psykisk-helse', behov: 'rekruttere' },
      { best: ['ips'], also: ['lonn', 'mentor'] },
    ],
    [
      'disability and adapting the workplace: ties are sorted by title',
      { situasjon: 'ansatt', malgruppe: 'nedsatt-funksjonsevne', behov: 'tilrettelegging' },
      { best: ['assistanse', 'hjelpemidler'], also: ['lonn', 'mentor'] },
    ],
    [
      'gap in the CV and lower cost',
      { situasjon: 'ny', malgruppe: 'hull-i-cv', behov: 'lavere-kostnad' },
      { best: ['lonn'], also: ['rekruttering', 'mentor'] },
    ],
    [
      'a need no measure answers for the group still gives the other measures',
      { situasjon: 'ansatt', malgruppe: 'unge', behov: 'tilrettelegging' },
      { best: [], also: ['lonn', 'mentor'] },
    ],
  ])('%s', (_, answers, expected) => {
    expect(ids(answers)).toEqual(expected);
  });

  it.each<[string, FinderAnswers, { best: string[]; also: string[] }]>([
    [
      'a measure only for some (IPS ung) goes under «Kan også passe», first there, since it meets the need',
      { situasjon: 'ny', malgruppe: 'psykisk-helse', behov: 'rekruttere' },
      { best: ['ips', 'rekruttering'], also: ['ips-ung', 'lonn', 'mentor'] },
    ],
    [
      'one that does not meet the need stays among the others',
      { situasjon: 'ny', malgruppe: 'unge', behov: 'opplaering' },
      { best: ['mentor'], also: ['ips-ung', 'lonn', 'rekruttering'] },
    ],
  ])('alsoOnly: %s', (_, answers, expected) => {
    const catalogue = measures.map((m) => (m.id === 'ips-ung' ? { ...m, fitsWhen: { ...m.fitsWhen, alsoOnly: true } } : m));
    const result = matchMeasures(catalogue, answers);
    expect({ best: result.best.map((m) => m.id), also: result.also.map((m) => m.id) }).toEqual(expected);
  });

  it('gives nothing for a group no measure lists', () => {
    expect(matchMeasures([measure('x', ['unge'], ['rekruttere'], ['ny'])], { situasjon: 'ny', malgruppe: 'hull-i-cv', behov: 'rekruttere' })).toEqual({
      best: [],
      also: [],
    });
  });

  it('keeps the caller’s objects, so extra fields reach the page', () => {
    const rich = [{ ...measure('ips', ['psykisk-helse'], ['rekruttere'], ['ny']), fitsWhy: 'Fordi.' }];
    expect(matchMeasures(rich, { situasjon: 'ny', malgruppe: 'psykisk-helse', behov: 'rekruttere' }).best[0]?.fitsWhy).toBe('Fordi.');
  });
});

describe('allAnswers', () => {
  it('has every combination once: 2 × 5 × 5', () => {
    const all = allAnswers();
    expect(all).toHaveLength(50);
    expect(new Set(all.map(resultSubpath)).size).toBe(50);
    expect(all).toContainEqual({ situasjon: 'ansatt', malgruppe: 'unge', behov: 'opplaering' });
  });
});

describe('offeredTerms', () => {
  const all = ['rekruttere', 'lavere-kostnad', 'opplaering', 'oppfolging', 'tilrettelegging'];
  it.each<[string, Parameters<typeof offeredTerms>, string[]]>([
    ['the need, when hiring: all five', ['behov', { situasjon: 'ny', malgruppe: 'unge' }], all],
    ['the need, for an employee: no «Finne den rette kandidaten»', ['behov', { situasjon: 'ansatt', malgruppe: 'unge' }], all.slice(1)],
    ['the need, before the first answer: all five', ['behov', {}], all],
    ['the first question: both answers', ['situasjon', { situasjon: 'ansatt' }], ['ny', 'ansatt']],
    ['the candidate, for an employee: all five', ['malgruppe', { situasjon: 'ansatt' }], ['nedsatt-funksjonsevne', 'psykisk-helse', 'hull-i-cv', 'unge', 'mangler-kompetanse']],
  ])('%s', (_, args, expected) => {
    expect(offeredTerms(...args).map((t) => t.id)).toEqual(expected);
  });
});

describe('isOffered', () => {
  it.each<[FinderAnswers, boolean]>([
    [{ situasjon: 'ny', malgruppe: 'unge', behov: 'rekruttere' }, true],
    [{ situasjon: 'ansatt', malgruppe: 'unge', behov: 'opplaering' }, true],
    [{ situasjon: 'ansatt', malgruppe: 'unge', behov: 'rekruttere' }, false],
  ])('%j → %s', (answers, offered) => {
    expect(isOffered(answers)).toBe(offered);
  });

  it('leaves out one need per target group: 45 of the 50 result pages', () => {
    expect(allAnswers().filter(isOffered)).toHaveLength(45);
  });
});

describe('answersOfResultSubpath', () => {
  it.each<[string, FinderAnswers | undefined]>([
    ['resultat/unge/opplaering/ansatt/', { situasjon: 'ansatt', malgruppe: 'unge', behov: 'opplaering' }],
    ['resultat/unge/fly/ansatt/', undefined],
    ['resultat/unge/opplaering/', undefined],
    ['ny/unge/', undefined],
    ['', undefined],
  ])('%j → %j', (subpath, answers) => {
    expect(answersOfResultSubpath(subpath)).toEqual(answers);
  });

  it('reads back every result page path', () => {
    for (const answers of allAnswers()) expect(answersOfResultSubpath(resultSubpath(answers))).toEqual(answers);
  });
});

describe('parseAnswers', () => {
  it.each([
    ['', {}, false, []],
    ['situasjon=ny', { situasjon: 'ny' }, false, []],
    ['malgruppe=unge&behov=opplaering&situasjon=ansatt', { situasjon: 'ansatt', malgruppe: 'unge', behov: 'opplaering' }, true, []],
    ['malgruppe=unge&behov=fly&situasjon=ny', { situasjon: 'ny', malgruppe: 'unge' }, false, [{ question: 'behov', value: 'fly' }]],
    [
      'malgruppe=%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E',
      {},
      false,
      [{ question: 'malgruppe', value: '<img src=x onerror=alert(1)>' }],
    ],
    ['behov=', {}, false, []],
  ])('?%s', (query, answers, complete, rejected) => {
    const parsed = parseAnswers(new URLSearchParams(query));
    expect(parsed.answers).toEqual(answers);
    expect(parsed.complete !== undefined).toBe(complete);
    expect(parsed.rejected).toEqual(rejected);
  });
});

describe('URLs', () => {
  const answers: FinderAnswers = { situasjon: 'ny', malgruppe: 'psykisk-helse', behov: 'rekruttere' };
  it.each([
    [answersToQuery(answers), 'situasjon=ny&malgruppe=psykisk-helse&behov=rekruttere'],
    [answersToQuery({ behov: 'opplaering' }), 'behov=opplaering'],
    [resultSubpath(answers), 'resultat/psykisk-helse/rekruttere/ny/'],
    [stepSubpath({}), ''],
    [stepSubpath({ situasjon: 'ansatt' }), 'ansatt/'],
    [stepSubpath({ situasjon: 'ny', malgruppe: 'unge' }), 'ny/unge/'],
    [stepSubpath({ malgruppe: 'unge' }), ''],
  ])('%j → %j', (actual, expected) => {
    expect(actual).toBe(expected);
  });

  it('a query written by answersToQuery reads back the same answers', () => {
    expect(parseAnswers(new URLSearchParams(answersToQuery(answers))).complete).toEqual(answers);
  });
});

describe('resultSummary', () => {
  it.each<[number, number, string]>([
    [2, 3, '2 virkemidler passer best, og 3 kan også passe.'],
    [1, 1, '1 virkemiddel passer best, og 1 kan også passe.'],
    [2, 0, '2 virkemidler passer best.'],
    [1, 0, '1 virkemiddel passer best.'],
    [0, 3, 'Ingen virkemidler svarer akkurat på det dere trenger mest, men 3 kan passe.'],
    [0, 0, 'Vi fant ingen virkemidler for akkurat dette.'],
  ])('%i best, %i also → %j', (best, also, expected) => {
    expect(resultSummary(best, also)).toBe(expected);
  });
});

describe('alsoLead', () => {
  const caveat = (m: FinderMeasure): FinderMeasure => ({ ...m, fitsWhen: { ...m.fitsWhen, alsoOnly: true } });
  const [ips, ipsUng, rekruttering, lonn, mentor] = measures as [FinderMeasure, FinderMeasure, FinderMeasure, FinderMeasure, FinderMeasure];
  it.each<[string, FinderMeasure[], FinderAnswers['behov'], string]>([
    ['nothing listed: no text', [], 'rekruttere', ''],
    [
      'all answer another need, none with a caveat: no word of ended measures',
      [lonn, mentor],
      'rekruttere',
      'Disse hjelper mest med noe annet enn det dere valgte. Teksten under hvert navn sier hvorfor det kan passe.',
    ],
    [
      'one measure answering another need',
      [lonn],
      'rekruttere',
      'Dette virkemiddelet hjelper mest med noe annet enn det dere valgte. Teksten under navnet sier hvorfor det kan passe.',
    ],
    [
      'a measure with a caveat that meets the need, then others: it is named',
      [caveat(ipsUng), lonn, mentor],
      'rekruttere',
      'Noen av disse hjelper mest med noe annet enn det dere valgte. «IPS ung» har et forbehold. Teksten under hvert navn sier hvorfor det kan passe, og hva forbeholdet er.',
    ],
    [
      'two with caveats, both meeting the need',
      [caveat(ips), caveat(rekruttering)],
      'rekruttere',
      '«Individuell jobbstøtte» og «Rekrutteringsbistand» har forbehold. Teksten under hvert navn sier hvorfor det kan passe, og hva forbeholdene er.',
    ],
    [
      'three with caveats',
      [caveat(ips), caveat(ipsUng), caveat(rekruttering)],
      'rekruttere',
      '«Individuell jobbstøtte», «IPS ung» og «Rekrutteringsbistand» har forbehold. Teksten under hvert navn sier hvorfor det kan passe, og hva forbeholdene er.',
    ],
  ])('%s', (_, also, need, expected) => {
    expect(alsoLead(also, need)).toBe(expected);
  });
});
