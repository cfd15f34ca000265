import { describe, expect, it } from 'vitest';
import { isQuestion, topicQuery } from '../../../../src/lib/search/topic-words';

describe('isQuestion', () => {
  it.each([
    ['hvor lenge varer lønnstilskudd', true],
    ['Hvordan får vi en mentor?', true],
    ['kva får arbeidsgivaren', true],
    ['Kan jeg få lønnstilskudd', true],
    ['lønnstilskudd?', true],
    ['lønnstilskudd ?  ', true],
    ['lønnstilskudd', false],
    ['vi inkluderer', false],
    ['hull i CV-en', false],
    ['', false],
  ])('%j → %j', (query, expected) => {
    expect(isQuestion(query)).toBe(expected);
  });
});

describe('topicQuery', () => {
  it.each([
    // Questions lose their little words.
    ['hvor mye får arbeidsgiver', 'får arbeidsgiver'],
    ['hvor lenge varer lønnstilskudd?', 'varer lønnstilskudd'],
    ['Hvordan kan vi få en mentor?', 'få mentor'],
    ['kor mykje får ein i inkluderingstilskot', 'får inkluderingstilskot'],
    ['Kan jeg ansette en med hull i CV-en?', 'ansette hull CV-en'],
    ['mentor?', 'mentor'],
    // Task words go from any query with other words.
    ['søke mentor', 'mentor'],
    ['søknad om lønnstilskudd', 'om lønnstilskudd'],
    ['Søknad inkluderingstilskudd', 'inkluderingstilskudd'],
    ['hvordan søker jeg om funksjonsassistanse', 'funksjonsassistanse'],
    ['soknad mentor', 'mentor'],
    // Names with little words are not questions, and stay whole.
    ['vi inkluderer', 'vi inkluderer'],
    ['hull i CV-en', 'hull i CV-en'],
    ['Møre og Romsdal', 'Møre og Romsdal'],
    // Quoted phrases stay whole, in a question too.
    ['hva er "vi inkluderer"?', '"vi inkluderer"'],
    ['søke "vi inkluderer"', '"vi inkluderer"'],
    // A two-letter abbreviation in capitals matches only itself.
    ['LO', '"LO"'],
    ['LO og NHO', '"LO" og NHO'],
    ['Hva gjør LO?', 'gjør "LO"'],
    ['hull i CV-en', 'hull i CV-en'],
    ['lo', 'lo'],
    ['Lo', 'Lo'],
    // A word that mixes Bokmål and Nynorsk is asked for in Bokmål; other words stay as typed.
    ['lønnstilskot', 'lønnstilskudd'],
    ['Kor lenge varer lønnstilskot?', 'varer lønnstilskudd'],
    ['mellombels lønnstilskot', 'mellombels lønnstilskudd'],
    ['lønstilskot', 'lønstilskot'],
    ['"lønnstilskot"', '"lønnstilskot"'],
    // Nothing left: the query as it was.
    ['søknad', 'søknad'],
    ['hva er det?', 'hva er det?'],
    ['?', '?'],
  ])('%j → %j', (query, expected) => {
    expect(topicQuery(query)).toBe(expected);
  });
});
