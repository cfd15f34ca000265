import { describe, expect, it } from 'vitest';
import { chooseExcerpt, cutAtSentinel, decodeEntities, excerptSegments, isVariantsSubResult, isPrefixFallback, keepQueryMarks, marksOnlyWordStarts, withCutEnds } from '../../../../src/lib/search/excerpt';

const show = (segments: { text: string; mark: boolean }[]) => segments.map((s) => (s.mark ? `[${s.text}]` : s.text)).join('');

describe('decodeEntities', () => {
  it.each([
    ['a &amp; b', 'a & b'],
    ['&lt;img src=x onerror=alert(1)&gt;', '<img src=x onerror=alert(1)>'],
    ['&#39;&#x41;&quot;', '\'A"'],
    ['&unknown;', '&unknown;'],
  ])('%j → %j', (input, expected) => {
    expect(decodeEntities(input)).toBe(expected);
  });
});

describe('excerptSegments', () => {
  it.each([
    ['En <mark>mentor</mark> hjelper', [{ text: 'En ', mark: false }, { text: 'mentor', mark: true }, { text: ' hjelper', mark: false }]],
    // Anything but <mark> stays text: it is shown, never run.
    ['<img src=x onerror=alert(1)> og <mark>x</mark>', [{ text: '<img src=x onerror=alert(1)> og ', mark: false }, { text: 'x', mark: true }]],
    ['&lt;script&gt;alert(1)&lt;/script&gt;', [{ text: '<script>alert(1)</script>', mark: false }]],
    ['<mark onclick="x">a</mark>', [{ text: '<mark onclick="x">a', mark: false }]],
    ['', []],
  ])('%j', (excerpt, expected) => {
    expect(excerptSegments(excerpt)).toEqual(expected);
  });
});

describe('cutAtSentinel', () => {
  it.each([
    ['Tekst om lønn. ⁂ lonn loenn', 'Tekst om lønn.'],
    ['Ingen skilletegn', 'Ingen skilletegn'],
  ])('%j → %j', (excerpt, expected) => {
    expect(cutAtSentinel(excerpt)).toBe(expected);
  });
});

describe('isVariantsSubResult', () => {
  it.each([
    ['/virkemidler/mentor/#sok-varianter', true],
    ['/virkemidler/mentor/#kontakt', false],
    ['/virkemidler/mentor/', false],
  ])('%j → %j', (url, expected) => {
    expect(isVariantsSubResult(url)).toBe(expected);
  });
});

describe('chooseExcerpt', () => {
  it.each([
    {
      name: 'keeps Pagefind’s excerpt for a match in the real text, cut before the spellings',
      result: { excerpt: 'Om <mark>lønn</mark>. ⁂ lonn', content: 'Om lønn. ⁂ lonn', sub_results: [{ url: '/a/', excerpt: '' }] },
      query: 'lønn',
      expected: 'Om [lønn].',
    },
    {
      name: 'builds an excerpt from the real text when only an ASCII spelling matched',
      result: {
        excerpt: 'troendelag <mark>trondelag</mark>',
        content: 'Et bakeri i Trøndelag. ⁂ troendelag trondelag',
        sub_results: [{ url: '/a/#sok-varianter', excerpt: 'x' }],
      },
      query: 'Trondelag',
      expected: 'Et bakeri i [Trøndelag].',
    },
  ])('$name', ({ result, query, expected }) => {
    expect(show(chooseExcerpt(result, query))).toBe(expected);
  });
});

describe('keepQueryMarks', () => {
  it.each([
    // Pagefind's excerpt, the query, what is shown
    ['bedrifter med <mark>hull</mark> <mark>i</mark> <mark>CV</mark>-en', 'hull i CV-en', 'bedrifter med [hull] i [CV]-en'],
    ['<mark>items</mark> og <mark>IT</mark>', 'IT', 'items og [IT]'],
    ['det <mark>var</mark> <mark>varig</mark>', 'varig', 'det var [varig]'],
    ['<mark>Bakeriet</mark> i Trondheim', 'bakeriene', '[Bakeriet] i Trondheim'],
    ['<mark>Trøndelag</mark>', 'trondelag', '[Trøndelag]'],
    ['<mark>arbeidsgivar</mark>', 'arbeidsgiver', '[arbeidsgivar]'],
    ['<mark>og</mark> <mark>i</mark>', 'og i', 'og i'],
    // punctuation Pagefind marks with the word is not marked
    ['om <mark>lønnstilskudd.</mark> Slik', 'lønnstilskudd', 'om [lønnstilskudd]. Slik'],
    ['jobbstøtte <mark>(IPS)).</mark>', 'IPS', 'jobbstøtte ([IPS])).'],
    ['<mark>«NAV:</mark>', 'NAV', '«[NAV]:'],
  ])('%j for %j → %j', (excerpt, query, expected) => {
    expect(show(keepQueryMarks(excerptSegments(excerpt), query))).toBe(expected);
  });
});

describe('isPrefixFallback', () => {
  it.each([
    // Pagefind's excerpt, the query, whether the result is a fallback
    ['gjøre det lettere <mark>å</mark> ansette, og <mark>å</mark> gjøre', 'autisme', true],
    ['Fiskebruket <mark>i</mark> Finnmark', 'integrering', true],
    ['Bergen lærte <mark>opp</mark> en ny fagarbeider', 'oppdrett', true],
    // a longer start, at most half the query word
    ['<mark>Arbeid</mark> og <mark>arbeids-</mark>', 'arbeidstreining', true],
    // the start of a word by its letters, though highlighting reads Nynorsk «kva» as «hva»
    ['<mark>Kva</mark> arbeidsgivaren gjorde', 'kvantefysikk', true],
    // an abbreviation matches only itself: «i» is no start of «IA»
    ['Fiskebruket <mark>i</mark> Finnmark', 'IA-avtalen', true],
    // real matches
    ['om <mark>lønnstilskudd</mark> i dag', 'lønnstilskuddsordningen', false],
    ['en <mark>ment</mark> plass', 'mentro', false],
    ['<mark>Mentor</mark> <mark>(mentortilskot).</mark> Med', 'mentor', false],
    ['bedrifter med <mark>hull</mark> <mark>i</mark> <mark>CV</mark>-en', 'hull i cv', false],
    ['<mark>NAV</mark>-kontoret', 'NAV kontor', false],
    ['stort <mark>bakeri</mark> i byen', 'bakeriene', false],
    // a short query word marked as itself
    ['han fikk <mark>AAP</mark> i to år', 'AAP', false],
    ['et <mark>IT</mark>-selskap', 'IT', false],
    ['<mark>Kva</mark> gjorde dei', 'kva', false],
    // nothing marked (a search by filters only, or an excerpt without marks)
    ['Ingen merking her', 'autisme', false],
  ])('%j for %j: %s', (excerpt, query, expected) => {
    expect(isPrefixFallback({ excerpt }, query)).toBe(expected);
  });

  it.each([
    // the hidden spellings block's excerpt, whether the result is a fallback
    ['⁂ <mark>arbeidspraksis</mark> aapne', false],
    ['⁂ trondelag <mark>aa</mark> <mark>a</mark>', true],
  ])('reads the marks in the hidden spellings too: %j gives %s', (variants, expected) => {
    const query = variants.includes('arbeidspraksis') ? 'arbeidspraksis' : 'autisme';
    expect(isPrefixFallback({ excerpt: 'lærte <mark>å</mark> lese', sub_results: [{ url: '/x/#sok-varianter', excerpt: variants }] }, query)).toBe(expected);
  });
});

describe('marksOnlyWordStarts', () => {
  it.each([
    // Pagefind's excerpt, the query, whether every mark only begins a query word
    ['en <mark>ment</mark> plass', 'mentro', true],
    ['<mark>Arbeid</mark> og <mark>arbeids-</mark>', 'arbeidstreining', true],
    // by its letters, though highlighting reads Nynorsk «kva» as «hva»
    ['<mark>Kva</mark> arbeidsgivaren gjorde', 'kvantefysikk', true],
    ['om <mark>lønnstilskudd</mark> i dag', 'lønnstilskuddsordningen', true],
    // forms of the marked word
    ['stort <mark>bakeri</mark> i byen', 'bakeriene', false],
    ['<mark>lønnstilskudd</mark>', 'lønnstilskuddene', false],
    ['<mark>arbeidsgiver</mark>', 'arbeidsgiverne', false],
    ['<mark>mentor</mark>', 'mentorane', false],
    // the word itself, or a longer word
    ['<mark>Mentor</mark> <mark>(mentortilskot).</mark>', 'mentor', false],
    ['<mark>mentorordning</mark>', 'mentorord', false],
    // one real match is enough
    ['<mark>ment</mark> og <mark>mentor</mark>', 'mentro mentor', false],
    ['Ingen merking her', 'mentro', false],
  ])('%j for %j: %s', (excerpt, query, expected) => {
    expect(marksOnlyWordStarts({ excerpt }, query)).toBe(expected);
  });
});

describe('withCutEnds', () => {
  const parse = (text: string) => excerptSegments(text);
  it.each([
    // Pagefind's excerpt, what is shown
    ['Arbeidstrening kan vare i inntil 1 år.', 'Arbeidstrening kan vare i inntil 1 år.'],
    // an end in the middle of a sentence
    ['Har deltakeren nedsatt arbeidsevne, kan <mark>arbeidstreningen</mark> vare i inntil 6 måneder', 'Har deltakeren nedsatt arbeidsevne, kan [arbeidstreningen] vare i inntil 6 måneder …'],
    // a heading's last word before the first sentence is dropped
    ['om. Varig <mark>lønnstilskudd</mark> er for personer.', 'Varig [lønnstilskudd] er for personer.'],
    ['prosent. (Kilde: NAV.) Med <mark>mentor</mark> får dere', 'Med [mentor] får dere …'],
    // a start mid-sentence with no sentence end near, or a mark before it: «…»
    ['som har vært borte fra arbeidslivet lenge og trenger <mark>mentor</mark>.', '… som har vært borte fra arbeidslivet lenge og trenger [mentor].'],
    ['<mark>mentor</mark> for Emma. Hun fikk', '… [mentor] for Emma. Hun fikk …'],
    // closing quotes and brackets end a sentence too
    ['Det heter «Vi inkluderer»', 'Det heter «Vi inkluderer»'],
    ['', ''],
  ])('%j → %j', (excerpt, expected) => {
    expect(show(withCutEnds(parse(excerpt)))).toBe(expected);
  });
});
