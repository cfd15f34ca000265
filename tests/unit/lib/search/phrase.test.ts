import { describe, expect, it } from 'vitest';
import { hasPhrase, inRankOrder, withoutQuotes } from '../../../../src/lib/search/phrase';

describe('hasPhrase', () => {
  it.each([
    ['"vi inkluderer"', true],
    ['lønnstilskudd "hull i CV-en"', true],
    ['"lønnstilskudd', false],
    ['""', false],
    ['" "', false],
    ['«vi inkluderer»', false],
    ['vi inkluderer', false],
  ])('%j → %j', (query, expected) => {
    expect(hasPhrase(query)).toBe(expected);
  });
});

describe('withoutQuotes', () => {
  it.each([
    ['"vi inkluderer"', 'vi inkluderer'],
    ['lønnstilskudd "hull i CV-en"', 'lønnstilskudd hull i CV-en'],
    ['mentor', 'mentor'],
  ])('%j → %j', (query, expected) => {
    expect(withoutQuotes(query)).toBe(expected);
  });
});

describe('inRankOrder', () => {
  const ids = (...list: string[]) => list.map((id) => ({ id }));
  it.each([
    // hits, the ranked ids, the hits' ids expected
    [ids('a', 'b', 'c'), ids('c', 'x', 'a', 'b'), ['c', 'a', 'b']],
    // Hits the ranked search lacks come last, in their own order.
    [ids('a', 'b', 'c', 'd'), ids('c'), ['c', 'a', 'b', 'd']],
    [ids('a', 'b'), [], ['a', 'b']],
    [[], ids('a'), []],
  ])('%j by %j', (hits, ranked, expected) => {
    expect(inRankOrder(hits, ranked).map((h) => h.id)).toEqual(expected);
  });

  it('leaves its input as it was', () => {
    const hits = ids('a', 'b');
    inRankOrder(hits, ids('b', 'a'));
    expect(hits.map((h) => h.id)).toEqual(['a', 'b']);
  });
});
