import { describe, expect, it } from 'vitest';
import {
  articleEyebrow,
  byDocumentDateDesc,
  documentDatePhrase,
  documentDateSentence,
  formatDocumentDate,
  isDocumentDate,
} from '../../../src/lib/document-date';

describe('isDocumentDate', () => {
  it.each([
    ['2019', true],
    ['2019-03', true],
    ['2019-03-25', true],
    ['2024-02-29', true],
    ['udatert', true],
    ['2019-00', false],
    ['2019-13', false],
    ['2023-02-29', false],
    ['2019-3', false],
    ['19', false],
    ['mars 2019', false],
    ['', false],
  ])('%s → %s', (value, expected) => {
    expect(isDocumentDate(value)).toBe(expected);
  });
});

describe('formatDocumentDate', () => {
  it.each([
    ['2019', 'nb', '2019'],
    ['2019-03', 'nb', 'mars 2019'],
    ['2019-03-25', 'nb', '25. mars 2019'],
    ['2018-11', 'nn', 'november 2018'],
    ['udatert', 'nb', undefined],
  ] as const)('%s in %s → %s', (value, lang, expected) => {
    expect(formatDocumentDate(value, lang)).toBe(expected);
  });
});

describe('documentDatePhrase', () => {
  it.each([
    ['2019', 'nb', 'fra 2019'],
    ['2019', 'nn', 'frå 2019'],
    ['2019-03', 'nb', 'fra mars 2019'],
    ['udatert', 'nb', 'udatert'],
    ['udatert', 'nn', 'udatert'],
  ] as const)('%s in %s → %s', (value, lang, expected) => {
    expect(documentDatePhrase(value, lang)).toBe(expected);
  });
});

describe('articleEyebrow', () => {
  it.each([
    ['Nyhet', '2018', 'nb', 'Nyhet fra 2018'],
    ['Brev', '2019-03', 'nn', 'Brev frå mars 2019'],
    ['Rapport', 'udatert', 'nb', 'Rapport'],
  ] as const)('%s, %s, %s → %s', (kindLabel, value, lang, expected) => {
    expect(articleEyebrow(kindLabel, value, lang)).toBe(expected);
  });
});

describe('documentDateSentence', () => {
  it.each([
    ['brev', '2019', 'nn', 'Brevet er frå 2019.'],
    ['brev', '2019-03-25', 'nb', 'Brevet er fra 25. mars 2019.'],
    ['nyhet', '2018', 'nb', 'Nyheten er fra 2018.'],
    ['nyhet', '2018', 'nn', 'Nyheita er frå 2018.'],
    ['rapport', 'udatert', 'nb', 'Rapporten har ingen dato.'],
    ['notat', '2020', 'nb', 'Originalen er fra 2020.'],
  ] as const)('%s, %s, %s → %s', (kind, value, lang, expected) => {
    expect(documentDateSentence(kind, value, lang)).toBe(expected);
  });
});

describe('byDocumentDateDesc', () => {
  it('puts the newest document first, a bare year after its months, and undated documents last', () => {
    const dates = ['udatert', '2018', '2019', '2019-03', '2019-03-25', '2018-11'];
    const sorted = dates.map((documentDate) => ({ data: { documentDate } })).sort(byDocumentDateDesc);
    expect(sorted.map((e) => e.data.documentDate)).toEqual(['2019-03-25', '2019-03', '2019', '2018-11', '2018', 'udatert']);
  });
});
