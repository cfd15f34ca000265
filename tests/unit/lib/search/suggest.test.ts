import { describe, expect, it } from 'vitest';
import { closestWord, editDistance, findsMore, pageHas, suggestQuery, suggestionWords, unknownWords } from '../../../../src/lib/search/suggest';

describe('editDistance', () => {
  it.each([
    ['mentor', 'mentor', 2, 0],
    ['mentor', 'mentro', 2, 1], // two neighbours swapped: one edit
    ['mentor', 'mentorer', 2, 2],
    ['mentor', 'menor', 2, 1],
    ['mentor', 'mektor', 2, 1],
    ['arbeidstreining', 'arbeidstrening', 2, 1],
    ['abc', 'xyz', 2, 3], // beyond max: max + 1
    ['mentor', 'mentorordning', 2, 3], // lengths too far apart
    ['', 'ab', 2, 2],
  ])('%j → %j (max %i) is %i', (a, b, max, expected) => {
    expect(editDistance(a, b, max)).toBe(expected);
    expect(editDistance(b, a, max)).toBe(expected);
  });
});

describe('suggestionWords', () => {
  it.each([
    ['a title: the first word lower-cased, short words and numbers left out', ['Bakeriet i Trondheim'], ['bakeriet', 'Trondheim']],
    ['words under five letters are left out', ['IPS-ung og NAV'], []],
    ['an abbreviation first keeps its capitals', ['UNICEF-rapporten'], ['UNICEF', 'rapporten']],
    ['duplicates, also by skeleton, keep the first form', ['Opplæring', 'opplaering', 'Lønnstilskudd', 'Varig lønnstilskudd'], ['opplæring', 'lønnstilskudd', 'varig']],
    ['words with digits are left out', ['Uke 2026 og 12-ukers'], ['ukers']],
  ])('%s', (_, texts, expected) => {
    expect(suggestionWords(texts)).toEqual(expected);
  });
});

const vocabulary = ['arbeidstrening', 'lønnstilskudd', 'mentor', 'funksjonsassistanse', 'Trondheim', 'inkluderingstilskudd', 'opplæring'];

describe('closestWord', () => {
  it.each([
    ['arbeidstreining', 'arbeidstrening'],
    ['arbiedstrening', 'arbeidstrening'],
    ['lonstilskud', 'lønnstilskudd'], // ASCII and two edits in a long word
    ['funksjonsasistanse', 'funksjonsassistanse'],
    ['trondhiem', 'Trondheim'],
    ['mentr', 'mentor'],
    // in the vocabulary, also typed without æ, ø and å: nothing to offer
    ['mentor', undefined],
    ['opplaering', undefined],
    ['lonnstilskudd', undefined],
    // too short, or too far from every word
    ['ment', undefined],
    ['mantar', undefined], // two edits in a six-letter word
    ['autisme', undefined],
  ])('%j → %j', (word, expected) => {
    expect(closestWord(word, vocabulary)).toBe(expected);
  });

  it('of equally close words, the first in the vocabulary wins', () => {
    expect(closestWord('menton', ['mentor', 'menton2', 'mentos'])).toBe('mentor');
    expect(closestWord('menton', ['mentos', 'mentor'])).toBe('mentos');
  });
});

describe('suggestQuery', () => {
  it.each([
    ['arbeidstreining', 'arbeidstrening'],
    ['mentor i trondhiem', 'mentor i Trondheim'],
    ['inkluderingstillskudd mentr', 'inkluderingstilskudd mentor'],
    ['mentor', undefined],
    ['autisme', undefined],
    ['', undefined],
  ])('%j → %j', (query, expected) => {
    expect(suggestQuery(query, vocabulary)).toBe(expected);
  });

  it.each([
    // Words the page has stay as typed; the others are replaced.
    ['mentr i trondhiem', 'Skrevet trondhiem her.', 'mentor i trondhiem'],
    ['mentr i trondhiem', 'Ingen av ordene.', 'mentor i Trondheim'],
    ['mentr i trondhiem', 'En mentr i trondhiem.', undefined],
    // The right word on the page does not make a typing error known.
    ['mentr i trondhiem', 'En mentor i Trondheim.', 'mentor i Trondheim'],
  ])('%j, on a page with %j → %j', (query, page, expected) => {
    expect(suggestQuery(query, vocabulary, pageHas(page))).toBe(expected);
  });
});

describe('pageHas', () => {
  const has = pageHas('Bakeriet sørger for opplæring og tilskudd. Lønnstilskudd i Trøndelag.');
  it.each([
    // The word, or a form of it that differs only in its ending.
    ['Bakeriet', true],
    ['bakeriene', true],
    ['sørge', true],
    ['sørget', true],
    // With or without æ, ø and å, and in the other written standard.
    ['opplaering', true],
    ['TRONDELAG', true],
    ['tilskot', true],
    ['lønstilskot', true],
    // A typing error, or another word that only begins the same way.
    ['lønstilskud', false],
    ['lønnstilskuddsordning', false],
    ['bakerier', true],
    ['baker', false],
    ['sende', false],
  ])('%j → %j', (word, expected) => {
    expect(has(word)).toBe(expected);
  });
});

describe('unknownWords', () => {
  it.each([
    ['sende lønstilskud', 'Vi kan sende dere lønnstilskudd.', ['lønstilskud']],
    ['sende lønnstilskudd', 'Vi kan sende dere lønnstilskudd.', []],
    // Shorter words are never replaced, so they are never unknown.
    ['send cv', 'Ingen av ordene.', []],
    ['', 'Tekst.', []],
  ])('%j on a page with %j → %j', (query, page, expected) => {
    expect(unknownWords(query, pageHas(page))).toEqual(expected);
  });
});

describe('findsMore', () => {
  it.each([
    // «lønstilskud» found 2 pages, «lønnstilskudd» 23; «lønnstilsudd» 17.
    [2, 23, true],
    [17, 23, true],
    [0, 3, true],
    // as many (the same pages, by the same stem: «lagar» and «lager»), fewer, or none
    [19, 19, false],
    [5, 4, false],
    [0, 0, false],
  ])('found %i, the suggestion %i → %j', (found, suggested, expected) => {
    expect(findsMore(found, suggested)).toBe(expected);
  });
});
