import { describe, expect, it } from 'vitest';
import { canCombine, combinationMatrix } from '../../../src/lib/combinations';

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
