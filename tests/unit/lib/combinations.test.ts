import { describe, expect, it } from 'vitest';
import { canCombine, combinationLists, combinationMatrix, storyCombinations } from '../../../src/lib/combinations';

function measure(id: string, combinesWith: string[] = []) {
  return { id, data: { combinesWith: combinesWith.map((c) => ({ id: c })) } };
}
const mentor = measure('mentor', ['lonn']);
const lonn = measure('lonn', ['mentor', 'tilskudd']);
const tilskudd = measure('tilskudd');
const ips = measure('ips');

describe('canCombine', () => {
  it.each([
    ['listed on both', mentor, lonn, true],
    ['listed on one side only', tilskudd, lonn, true],
    ['listed on the other side only', lonn, tilskudd, true],
    ['not listed', mentor, tilskudd, false],
    ['a measure with itself', mentor, mentor, false],
    ['a measure that lists nothing', ips, lonn, false],
  ])('%s', (_, a, b, expected) => {
    expect(canCombine(a, b)).toBe(expected);
  });
});

describe('combinationMatrix', () => {
  it('is symmetric with the measure itself on the diagonal', () => {
    expect(combinationMatrix([mentor, lonn, tilskudd])).toEqual([
      ['same', 'yes', 'no'],
      ['yes', 'same', 'yes'],
      ['no', 'yes', 'same'],
    ]);
  });
});

describe('combinationLists', () => {
  /** The lists as ids: each measure's id with its partners' ids. */
  const ids = (measures: ReturnType<typeof measure>[]) => combinationLists(measures).map(({ measure, partners }) => [measure.id, partners.map((p) => p.id)]);

  it.each([
    ['no measures', [], []],
    ['a measure that lists nothing and is listed by none', [ips], [['ips', []]]],
    [
      'listed on one side only counts for both, in the given order',
      [tilskudd, mentor, lonn, ips],
      [
        ['tilskudd', ['lonn']],
        ['mentor', ['lonn']],
        ['lonn', ['tilskudd', 'mentor']],
        ['ips', []],
      ],
    ],
    ['a partner that is not in the list is left out', [mentor, tilskudd], [['mentor', []], ['tilskudd', []]]],
  ])('%s', (_, measures, expected) => {
    expect(ids(measures)).toEqual(expected);
  });

  it('gives each row of the matrix as a list', () => {
    const measures = [mentor, lonn, tilskudd, ips];
    const matrix = combinationMatrix(measures);
    expect(combinationLists(measures).map(({ partners }) => partners)).toEqual(matrix.map((row) => measures.filter((_, j) => row[j] === 'yes')));
  });

  it('keeps the entries themselves, not copies', () => {
    expect(combinationLists([mentor, lonn])[0]!.partners[0]).toBe(lonn);
  });
});

describe('storyCombinations', () => {
  const story = (id: string, measures: string[]) => ({ id, data: { measures: measures.map((m) => ({ id: m })) } });
  const stories = [story('bakeri', ['ips', 'lonn', 'mentor']), story('hotell', ['ips', 'lonn']), story('verksted', ['mentor', 'tilskudd'])];
  const all = [mentor, lonn, tilskudd, ips];
  /** The result as measure ids with their story ids. */
  const ids = (measureId: string, named: string[]) =>
    storyCombinations(measureId, all, stories, new Set(named)).map((c) => [c.measure.id, c.stories.map((s) => s.id)]);

  it.each([
    ['ips, which the sources pair with nothing', 'ips', [], [['mentor', ['bakeri']], ['lonn', ['bakeri', 'hotell']]]],
    ['mentor, leaving out what the sources name', 'mentor', ['lonn'], [['tilskudd', ['verksted']], ['ips', ['bakeri']]]],
    ['a measure whose every story pairing is named', 'tilskudd', ['mentor'], []],
    ['a measure no story uses', 'ukjent', [], []],
  ])('%s', (_, measureId, named, expected) => {
    expect(ids(measureId, named)).toEqual(expected);
  });
});
