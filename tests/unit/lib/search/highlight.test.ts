import { describe, expect, it } from 'vitest';
import { excerptAround, highlightSegments, matchKey, matchRanges, queryTerms, wordMatches } from '../../../../src/lib/search/highlight';

describe('queryTerms', () => {
  it.each([
    ['Møre og Romsdal', ['more', 'romsdal']],
    ['mentor mentor', ['mentor']],
    ['<img src=x onerror=alert(1)>', ['img', 'src', 'onerror', 'alert']],
    // Abbreviations typed in capitals stay; the same letters in lower case are a little word.
    ['hull i CV-en', ['hull', 'cv']],
    ['hull i cv-en', ['hull']],
    ['LO og NHO', ['lo', 'nho']],
    ['', []],
  ])('%j → %j', (query, expected) => {
    expect(queryTerms(query)).toEqual(expected);
  });
});

describe('matchKey', () => {
  it.each([
    ['Lønnstilskudd', 'lonnstilskudd'],
    ['lønstilskot', 'lonnstilskudd'],
    ['loenstilskot', 'lonnstilskudd'],
    ['Opplæring', 'opplaring'],
    ['mentor', 'mentor'],
  ])('%j → %j', (word, expected) => {
    expect(matchKey(word)).toBe(expected);
  });
});

describe('wordMatches', () => {
  it.each([
    ['mentoren', 'mentor', true],
    ['bakeriet', 'bakeriene', true],
    ['lonnstilskudd', 'lonnstilskuddet', true],
    ['lonna', 'lonnstilskudd', false],
    ['arbeidsgiver', 'arbeidstrening', false],
    ['men', 'mentor', false],
    ['trondheim', 'trondelag', false],
    ['bakerienes', 'bakeriets', true],
    ['jobbene', 'jobber', true],
    // a stem of four letters is too short to tell words apart: «stått» is not «staten»
    [matchKey('stått'), matchKey('staten'), false],
    [matchKey('lære'), matchKey('lærar'), false],
  ])('%j vs %j → %j', (word, term, expected) => {
    expect(wordMatches(word, term)).toBe(expected);
  });
});

describe('matchRanges', () => {
  it.each([
    ['Fikk lønnstilskudd i Trøndelag.', 'lonnstilskudd trondelag', [[5, 18], [21, 30]]],
    ['Opplæring gir mer.', 'opplaering', [[0, 9]]],
    // a soft hyphen inside a word («mulig&shy;heter») leaves it one word
    ['Se mulig\u00adheter.', 'muligheter', [[3, 14]]],
    ['Se mulig\u00adheter.', 'heter', []],
    ['Ingen treff her.', 'mentor', []],
    ['Tekst', '', []],
    // A Nynorsk query marks the Bokmål word, and the other way round, with or without æ, ø and å.
    ['Dere får lønnstilskudd.', 'lonstilskot', [[9, 22]]],
    ['Nedsatt funksjonsevne', 'nedsett', [[0, 7]]],
    ['Arbeidsgivaren betaler.', 'arbeidsgiver', [[0, 14]]],
    ['Psykisk helse', 'sjuk', []],
    // A two-letter abbreviation marks only the same word.
    ['Hull i CV-en og cv', 'hull CV', [[0, 4], [7, 9], [16, 18]]],
    ['LO, lokal og lov', 'LO', [[0, 2]]],
  ])('%j / %j', (text, query, expected) => {
    expect(matchRanges(text, query)).toEqual(expected);
  });
});

describe('highlightSegments', () => {
  it.each([
    ['En mentor hjelper.', 'mentor', [{ text: 'En ', mark: false }, { text: 'mentor', mark: true }, { text: ' hjelper.', mark: false }]],
    ['Møre', 'More', [{ text: 'Møre', mark: true }]],
    ['Ingenting', 'mentor', [{ text: 'Ingenting', mark: false }]],
  ])('%j / %j', (text, query, expected) => {
    expect(highlightSegments(text, query)).toEqual(expected);
  });
});

describe('excerptAround', () => {
  const text = 'en to tre fire fem seks sju åtte ni ti Trøndelag elleve tolv tretten fjorten';
  it.each([
    // A window with the hit in its first third, and ellipses where the text was cut.
    ['trondelag', 6, '… ni ti [Trøndelag] elleve tolv tretten …'],
    // No hit: the start of the text.
    ['mentor', 4, 'en to tre fire …'],
    // Short text: all of it, no ellipses.
    ['trondelag', 40, 'en to tre fire fem seks sju åtte ni ti [Trøndelag] elleve tolv tretten fjorten'],
  ])('%j in %i words', (query, words, expected) => {
    const shown = excerptAround(text, query, words).map((s) => (s.mark ? `[${s.text}]` : s.text)).join('');
    expect(shown).toBe(expected);
  });
});
