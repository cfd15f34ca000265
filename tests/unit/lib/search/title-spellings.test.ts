import { describe, expect, it } from 'vitest';
import { titleMetaVariants } from '../../../../src/lib/search/title-spellings';

describe('titleMetaVariants', () => {
  it.each([
    // title, its variants, the variants kept for the title metadata
    ['Lønnstilskudd', ['lonnstilskudd', 'loennstilskudd', 'lønstilskot'], ['lonnstilskudd', 'loennstilskudd', 'lønstilskot']],
    ['IT-selskapet i Oslo ansatte en utvikler med sterkt nedsatt syn', ['nedsett'], ['nedsett']],
    // begins like the title word for 17 letters: a query for «inkluder…» would match both
    ['Inkluderingstilskudd', ['inkluderingstilskot'], []],
    ['Mentor (mentortilskot)', ['mentortilskudd', 'mellombels lønstilskot'], ['mellombels lønstilskot']],
    // a phrase is kept only if none of its words begins like a title word
    ['Mentor', ['mellombels mentorordning'], []],
    // ASCII spellings part from the title word at its first æ, ø or å, so few letters are shared
    ['Opplæring', ['opplaering', 'opplaring'], ['opplaering', 'opplaring']],
    ['Opplæring', ['opplæringa'], []],
    ['Trøndelag', [], []],
  ])('%j with %j keeps %j', (title, variants, expected) => {
    expect(titleMetaVariants(title, variants)).toEqual(expected);
  });
});
