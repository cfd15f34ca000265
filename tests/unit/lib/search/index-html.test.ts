import { describe, expect, it } from 'vitest';
import { htmlToText, indexedMain, isExcluded, pageLinks, withoutExcluded, withSpellings } from '../../../../src/lib/search/index-html';

describe('htmlToText', () => {
  it.each([
    ['<p>Møre <b>og</b> Romsdal</p>', 'Møre og Romsdal'],
    ['<script>var å = 1</script><style>.ø{}</style><p>tekst</p>', 'tekst'],
    ['<p>a &amp; b</p><!-- kommentar -->', 'a & b'],
  ])('%j → %j', (html, expected) => {
    expect(htmlToText(html)).toBe(expected);
  });
});

describe('indexedMain', () => {
  it.each([
    ['<main id="x" data-pagefind-body>a</main>', true],
    ['<main data-pagefind-body="">a</main>', true],
    ['<main id="x">a</main>', false],
  ])('%j → indexed: %j', (html, expected) => {
    expect(indexedMain(html) !== undefined).toBe(expected);
  });
});

/** The title spellings block of a page: the paragraph weighted like the title, and the metadata field. */
function titleParts(html: string): { weighted: string | undefined; meta: string | undefined } {
  return {
    weighted: /<p data-pagefind-weight="7">([^<]*)<\/p>/.exec(html)?.[1],
    meta: /<span data-pagefind-meta="tittel_ascii:([^"]*)"><\/span>/.exec(html)?.[1],
  };
}

describe('withSpellings', () => {
  it('adds title spellings with the title weight and as metadata, and body spellings after them, inside <main>', () => {
    const html = '<html><body><nav>Innsatsområder</nav><main data-pagefind-body><nav>Brødsmuler</nav><h1>Lønnstilskudd</h1><p>I Trøndelag.</p></main><footer>Søk</footer></body></html>';
    const out = withSpellings(html);
    expect(out).toContain(
      '<h2 id="sok-varianter">⁂</h2><p data-pagefind-weight="7">loennstilskudd lonnstilskudd lønstilskot loenstilskot lonstilskot</p>' +
        '<span data-pagefind-meta="tittel_ascii:loennstilskudd lonnstilskudd lønstilskot loenstilskot lonstilskot"></span><p>troendelag trondelag</p></div></main>',
    );
    // Navigation and text outside <main> give no spellings.
    expect(out).not.toContain('brodsmuler');
    expect(out).not.toContain('sok ');
  });

  it('repeats body spellings as often as the word occurs in the text, not counting the title', () => {
    const out = withSpellings('<main data-pagefind-body><h1>Lønnstilskudd</h1><p>Lønnstilskudd i Trøndelag, og mer lønnstilskudd.</p></main>');
    expect(out).toContain(
      '<p>loennstilskudd lonnstilskudd troendelag trondelag loennstilskudd lonnstilskudd lønstilskot loenstilskot lonstilskot lønstilskot loenstilskot lonstilskot</p></div></main>',
    );
  });

  it.each([
    // title, body, the title paragraph (none when the title has no such words) and the body paragraph expected
    ['Mentor', 'Arbeidsgivaren har tilskot.', undefined, 'arbeidsgiveren arbeidsgjevaren tilskudd'],
    ['Midlertidig', 'Nedsatt funksjonsevne.', 'mellombels', 'nedsett'],
  ])('indexes the words of %j / %j in the other written standard', (title, body, titleExpected, bodyExpected) => {
    const out = withSpellings(`<main data-pagefind-body><h1>${title}</h1><p>${body}</p></main>`);
    expect(titleParts(out)).toEqual({ weighted: titleExpected, meta: titleExpected });
    expect(/<p>([^<]*)<\/p><\/div><\/main>/.exec(out)?.[1]).toBe(bodyExpected);
  });

  it.each([
    ['a term and its value', '<dl><dt>Fylke</dt><dd>Nordland</dd></dl>', '<dt>Fylke</dt> <dd>Nordland</dd></dl>'],
    ['table cells', '<tr><th>Mentor</th><td>6 måneder</td></tr>', '<th>Mentor</th> <td>6 måneder</td></tr>'],
    ['a link and the line beside it', '<li><a href="/x/">Arbeidstrening</a><span>Kontrollert</span></li>', '<a href="/x/">Arbeidstrening</a> <span>Kontrollert</span></li>'],
    ['a number and its heading', '<h2><span>2.</span>Kunnskap om tiltak</h2>', '<span>2.</span> Kunnskap om tiltak</h2>'],
    ['(not) a link and the full stop after it', '<p>Se <a href="/x/">nav.no</a>.</p>', '<a href="/x/">nav.no</a>.</p>'],
  ])('keeps the text of %s apart', (_, body, expected) => {
    expect(withSpellings(`<main data-pagefind-body><h1>Side</h1>${body}</main>`)).toContain(expected);
  });

  it.each([
    // page's aliases attribute, the title paragraph and the metadata expected (title «Mentor»)
    ['mentortilskudd|mentortilskot', 'mentortilskudd mentortilskot', undefined],
    ['mellombels lønstilskot', 'mellombels lønstilskot loenstilskot lonstilskot', 'mellombels lønstilskot loenstilskot lonstilskot'],
    ['', undefined, undefined],
  ])('indexes the other names %j with the title weight', (aliases, weighted, meta) => {
    const out = withSpellings(`<main data-pagefind-body><div hidden><span data-search-aliases="${aliases}"></span></div><h1>Mentor</h1><p>Tekst.</p></main>`);
    expect(titleParts(out)).toEqual({ weighted, meta });
  });

  it.each([
    ['<main>Trøndelag</main>'],
    ['<main data-pagefind-body><h1>Mentor</h1></main>'],
  ])('leaves %j unchanged', (html) => {
    expect(withSpellings(html)).toBe(html);
  });
});

describe('pageLinks', () => {
  it.each([
    ['<a href="/historier/">a</a><a class="x" href="/virkemidler/mentor/#kilder">b</a>', '/', ['/historier/', '/virkemidler/mentor/']],
    ['<a href="/semuligheter/sok/?q=x">a</a><a href="/annet/">b</a>', '/semuligheter/', ['/semuligheter/sok/']],
    ['<a href="https://nav.no/">a</a><a href="//cdn/x/">b</a><a href="/fil.pdf">c</a>', '/', []],
  ])('%j under %j', (html, base, expected) => {
    expect(pageLinks(html, base)).toEqual(expected);
  });
});

describe('isExcluded', () => {
  it.each([
    ['nav', ' aria-label="Brødsmulesti"', true],
    ['form', ' method="get" action="/veiviser/"', true],
    ['section', ' aria-labelledby="les-ogsa" class="container-page no-print mt-16"', true],
    ['article', ' class="group" lang="nn"', true],
    ['article', '', false],
    ['section', ' class="mt-10"', false],
    ['div', ' class="no-printer"', false],
    ['section', ' aria-labelledby="kom-i-gang" class="mt-12" data-pagefind-ignore data-get-started', true],
    ['p', ' class="eyebrow mt-6" data-pagefind-ignore', true],
    ['p', ' data-pagefind-ignore-not', false],
  ])('<%s%s> → %j', (tag, attributes, expected) => {
    expect(isExcluded(tag, attributes)).toBe(expected);
  });
});

describe('withoutExcluded', () => {
  it.each([
    ['<main><nav><nav>a</nav>b</nav><p>c</p></main>', '<main><p>c</p></main>'],
    ['<article><h1>T</h1><section class="no-print"><section>x</section></section><article lang="nb">kort</article><p>y</p></article>', '<article><h1>T</h1><p>y</p></article>'],
    ['<p>ingenting å fjerne</p>', '<p>ingenting å fjerne</p>'],
    ['<main><h1>T</h1><section data-pagefind-ignore><p>Ring på</p></section><p>y</p></main>', '<main><h1>T</h1><p>y</p></main>'],
  ])('%j → %j', (html, expected) => {
    expect(withoutExcluded(html)).toBe(expected);
  });
});
