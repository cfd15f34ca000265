import { describe, expect, it } from 'vitest';
import { asciiSpellings, asciiSpellingsOfEach, asciiVariantsOf, formsOfOneWord, hasNordicLetters, skeleton, words } from '../../../../src/lib/search/spelling';

describe('asciiSpellings', () => {
  it.each([
    ['lønnstilskudd', ['loennstilskudd', 'lonnstilskudd']],
    ['Trøndelag', ['troendelag', 'trondelag']],
    ['Møre', ['moere', 'more']],
    ['opplæring', ['opplaering', 'opplaring', 'opplering']],
    ['Ålesund', ['aalesund', 'alesund']],
    ['på', ['paa', 'pa']],
    ['mentor', []],
    ['', []],
  ])('%j → %j', (word, expected) => {
    expect(asciiSpellings(word)).toEqual(expected);
  });
});

describe('hasNordicLetters', () => {
  it.each([
    ['Ø', true],
    ['blåbær', true],
    ['café', false],
    ['Romsdal', false],
  ])('%j → %j', (word, expected) => {
    expect(hasNordicLetters(word)).toBe(expected);
  });
});

describe('words', () => {
  it.each([
    ['Møre og Romsdal.', ['Møre', 'og', 'Romsdal']],
    ['IPS-ung, 2026!', ['IPS', 'ung', '2026']],
    // a soft hyphen inside a word leaves it one word; one at its edge is not part of it
    ['Se mulig\u00adheter\u00ad.', ['Se', 'mulig\u00adheter']],
    ['', []],
  ])('%j → %j', (text, expected) => {
    expect(words(text)).toEqual(expected);
  });
});

describe('asciiVariantsOf', () => {
  it.each([
    ['Bakeriet i Trøndelag fikk lønnstilskudd.', ['troendelag', 'trondelag', 'loennstilskudd', 'lonnstilskudd']],
    // The same word twice gives its spellings once.
    ['Trøndelag og trøndelag', ['troendelag', 'trondelag']],
    ['Ingen spesielle bokstaver', []],
  ])('%j', (text, expected) => {
    expect(asciiVariantsOf(text)).toEqual(expected);
  });
});

describe('asciiSpellingsOfEach', () => {
  it.each([
    ['Bakeriet i Trøndelag fikk lønnstilskudd.', ['troendelag', 'trondelag', 'loennstilskudd', 'lonnstilskudd']],
    // Once for each time the word occurs, whatever its case, so the index counts it as often.
    ['Trøndelag og trøndelag', ['troendelag', 'trondelag', 'troendelag', 'trondelag']],
    ['Ingen spesielle bokstaver', []],
  ])('%j', (text, expected) => {
    expect(asciiSpellingsOfEach(text)).toEqual(expected);
  });
});

describe('skeleton', () => {
  it.each([
    ['Lønnstilskudd', 'lonnstilskudd'],
    ['Lønns\u00adtilskudd', 'lonnstilskudd'],
    ['loennstilskudd', 'lonnstilskudd'],
    ['lonnstilskudd', 'lonnstilskudd'],
    ['Opplæring', 'opplaring'],
    ['opplaering', 'opplaring'],
    ['Ålesund', 'alesund'],
    ['Aalesund', 'alesund'],
    ['Café', 'cafe'],
  ])('%j → %j', (word, expected) => {
    expect(skeleton(word)).toBe(expected);
  });
});

describe('formsOfOneWord', () => {
  it.each([
    // The same word, or one stem with endings.
    ['bakeri', 'bakeri', true],
    ['bakeri', 'bakeriene', true],
    ['bakeriet', 'bakeriene', true],
    ['sorge', 'sorger', true],
    ['klarer', 'klarte', true],
    ['mentor', 'mentorane', true],
    // A typing error, a longer compound, or a stem too short to tell.
    ['ment', 'mentro', false],
    ['ment', 'mentr', false],
    ['time', 'timer', true],
    ['kvinne', 'kvinnen', true],
    ['lonstilskud', 'lonstilskudd', false],
    ['lonnstilskudd', 'lonnstilskuddsordning', false],
    ['sende', 'senke', false],
    ['bak', 'bake', false],
  ])('%j and %j → %j', (a, b, expected) => {
    expect(formsOfOneWord(a, b)).toBe(expected);
    expect(formsOfOneWord(b, a)).toBe(expected);
  });
});
