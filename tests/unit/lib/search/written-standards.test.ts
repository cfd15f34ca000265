import { describe, expect, it } from 'vitest';
import {
  bokmaalKey,
  otherStandardForms,
  otherStandardFormsOf,
  otherStandardFormsOfEach,
  unmixed,
} from '../../../../src/lib/search/written-standards';
import { skeleton } from '../../../../src/lib/search/spelling';

describe('otherStandardForms', () => {
  it.each([
    // Bokmål → Nynorsk, compounds and endings included.
    ['Lønnstilskuddet', ['lønstilskotet']],
    ['midlertidig', ['mellombels']],
    ['nedsatt', ['nedsett']],
    ['arbeidsgiveren', ['arbeidsgivaren', 'arbeidsgjevaren']],
    ['nyansatte', ['nytilsette']],
    ['ansette', ['tilsetje']],
    ['virkemidler', ['verkemidler']],
    ['mulighetene', ['moglegheitene']],
    ['umulig', ['umogleg']],
    ['jobbveileder', ['jobbrettleiar']],
    ['sykepenger', ['sjukepengar']],
    ['tilgjengelig', ['tilgjengeleg']],
    ['selvstendig', ['sjølvstendig']],
    ['hullet', ['holet']],
    ['fra', ['frå']],
    // Nynorsk → Bokmål, every listed form.
    ['lønstilskot', ['lønnstilskudd']],
    // A Nynorsk word also gets the table's other Nynorsk forms of it.
    ['arbeidsgjevar', ['arbeidsgiver', 'arbeidsgivar']],
    ['arbeidsgivar', ['arbeidsgiver', 'arbeidsgjevar']],
    ['psykiske', []],
    ['vanskar', ['vansker']],
    ['lærevansker', ['lærevanskar']],
    ['lidingar', ['lidelser']],
    ['lidelse', ['liding']],
    ['tilsetjing', ['ansettelse']],
    ['ansettelse', ['tilsetjing']],
    ['søkje', ['søke']],
    ['søker', ['søkjer']],
    ['søknad', []],
    ['mellombels', ['midlertidig']],
    ['tilsette', ['ansatte']],
    ['tilsetje', ['ansette']],
    ['moglegheiter', ['muligheter']],
    ['hol', ['hull']],
    ['vere', ['være']],
    ['frå', ['fra']],
    // «lønn» is not read as Nynorsk «løn» plus an n.
    ['lønn', ['løn']],
    ['løn', ['lønn']],
    // A part in the wrong place is left alone: «syk» only starts a word, «hull» and «hol» are whole words.
    ['psykisk', []],
    ['holde', []],
    ['alkohol', []],
    ['fram', []],
    // No known part, or not a word.
    ['mentor', []],
    ['lig', []],
    ['2026', []],
    ['', []],
  ])('%j → %j', (word, expected) => {
    expect(otherStandardForms(word)).toEqual(expected);
  });
});

describe('unmixed', () => {
  it.each([
    // Parts from both standards: the Bokmål form, which the index has.
    ['lønnstilskot', 'lønnstilskudd'],
    ['Lønnstilskot', 'lønnstilskudd'],
    ['lønstilskudd', 'lønnstilskudd'],
    ['sjukefravær', 'sykefravær'],
    // Typed without æ, ø and å: compared by skeleton.
    ['lonnstilskot', 'lonnstilskudd'],
    ['lonstilskudd', 'lonnstilskudd'],
    // One standard only, or no known part: as typed.
    ['lønnstilskudd', 'lønnstilskudd'],
    ['lønstilskot', 'lønstilskot'],
    ['lonstilskot', 'lonstilskot'],
    ['Arbeidsgivar', 'Arbeidsgivar'],
    ['opplaering', 'opplaering'],
    ['mentor', 'mentor'],
    ['CV-en', 'CV-en'],
    ['', ''],
  ])('%j → %j', (word, expected) => {
    expect(unmixed(word)).toBe(expected);
  });
});

describe('otherStandardFormsOfEach', () => {
  it.each([
    // Once per occurrence, each form followed by its ASCII spellings.
    ['Vi fikk tilskudd og tilskudd.', ['tilskot', 'tilskot']],
    ['Lønn', ['løn', 'loen', 'lon']],
    ['Mentor og bakeri', []],
  ])('%j', (text, expected) => {
    expect(otherStandardFormsOfEach(text)).toEqual(expected);
  });
});

describe('otherStandardFormsOf', () => {
  it('gives each form once, in first-seen order', () => {
    expect(otherStandardFormsOf('tilskudd, nedsatt og tilskudd')).toEqual(['tilskot', 'nedsett']);
  });
});

describe('bokmaalKey', () => {
  it.each([
    // Nynorsk words, typed with or without æ, ø and å, get the skeleton of their Bokmål form.
    ['lønstilskot', 'lønnstilskudd'],
    ['lonstilskot', 'lønnstilskudd'],
    ['loenstilskot', 'lønnstilskudd'],
    ['arbeidsgjevar', 'arbeidsgiver'],
    ['sjølvstendig', 'selvstendig'],
    ['nedsett', 'nedsatt'],
    // Bokmål words stay as they are.
    ['lønnstilskudd', 'lønnstilskudd'],
    ['psykisk', 'psykisk'],
    ['holde', 'holde'],
  ])('%j has the key of %j', (word, bokmaal) => {
    expect(bokmaalKey(skeleton(word))).toBe(skeleton(bokmaal));
  });
});
