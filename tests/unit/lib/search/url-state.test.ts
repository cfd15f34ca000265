import { describe, expect, it } from 'vitest';
import { hasCriteria, parseSearchState, searchStateToQuery, toPagefindOptions, withTextFragment } from '../../../../src/lib/search/url-state';

describe('parseSearchState', () => {
  it.each([
    ['', { q: '', filters: {}, sort: 'relevans' }],
    ['?q=mentor', { q: 'mentor', filters: {}, sort: 'relevans' }],
    ['q=++l%C3%B8nn++tilskudd+', { q: 'lønn tilskudd', filters: {}, sort: 'relevans' }],
    ['q=x&fylke=nordland&fylke=troms&fylke=nordland', { q: 'x', filters: { fylke: ['nordland', 'troms'] }, sort: 'relevans' }],
    // values typed by hand, as ids
    ['fylke=Nordland&fylke=nordland', { q: '', filters: { fylke: ['nordland'] }, sort: 'relevans' }],
    ['fylke=M%C3%B8re+og+Romsdal&fylke=%C3%98stfold&innsatsomrade=Oppl%C3%A6ring', { q: '', filters: { fylke: ['more-og-romsdal', 'ostfold'], innsatsomrade: ['opplaering'] }, sort: 'relevans' }],
    ['bransje=handel&sort=dato', { q: '', filters: { bransje: ['handel'] }, sort: 'dato' }],
    // Unknown keys, bad values and unknown sorts are dropped.
    ['ukjent=1&fylke=%3Cimg%20src%3Dx%3E&sort=tilfeldig', { q: '', filters: {}, sort: 'relevans' }],
    ['fylke=%22%3E%3Cscript%3Ealert(1)%3C%2Fscript%3E', { q: '', filters: {}, sort: 'relevans' }],
    // The query is kept as text, whatever it contains.
    ['q=%3Cimg+src%3Dx+onerror%3Dalert(1)%3E', { q: '<img src=x onerror=alert(1)>', filters: {}, sort: 'relevans' }],
  ])('%j', (query, expected) => {
    expect(parseSearchState(query)).toEqual(expected);
  });

  it('cuts very long queries', () => {
    expect(parseSearchState(`q=${'a'.repeat(500)}`).q).toHaveLength(200);
  });
});

describe('searchStateToQuery', () => {
  it.each([
    [{ q: '', filters: {}, sort: 'relevans' as const }, ''],
    [{ q: 'mentor', filters: {}, sort: 'relevans' as const }, 'q=mentor'],
    [{ q: 'lønn', filters: { sprak: ['nn'], fylke: ['nordland', 'troms'] }, sort: 'dato' as const }, 'q=l%C3%B8nn&fylke=nordland&fylke=troms&sprak=nn&sort=dato'],
  ])('%j → %j', (state, expected) => {
    expect(searchStateToQuery(state)).toBe(expected);
  });

  it.each(['q=mentor&fylke=nordland', 'bransje=handel&sort=dato', 'q=a+b&type=historie&type=virkemiddel'])('round-trips %j', (query) => {
    expect(searchStateToQuery(parseSearchState(query))).toBe(query.replace('a+b', 'a+b'));
  });
});

describe('hasCriteria', () => {
  it.each([
    ['', false],
    ['sort=dato', false],
    ['q=x', true],
    ['fylke=nordland', true],
  ])('%j → %j', (query, expected) => {
    expect(hasCriteria(parseSearchState(query))).toBe(expected);
  });
});

describe('toPagefindOptions', () => {
  it.each([
    ['q=x', { filters: {} }],
    ['q=x&sort=dato', { filters: {}, sort: { dato: 'desc' } }],
    // Without a query, newest first.
    ['fylke=nordland&fylke=troms&bransje=handel', { filters: { bransje: { any: ['handel'] }, fylke: { any: ['nordland', 'troms'] } }, sort: { dato: 'desc' } }],
  ])('%j', (query, expected) => {
    expect(toPagefindOptions(parseSearchState(query))).toEqual(expected);
  });
});

describe('withTextFragment', () => {
  it.each([
    // Punctuation is dropped, and the same word in another case is highlighted once.
    ['/virkemidler/mentor/', ['Mentor.', 'mentor', 'mentortilskot'], '/virkemidler/mentor/#:~:text=Mentor&text=mentortilskot'],
    ['/virkemidler/mentor/#kontakt', ['lønnstilskudd'], '/virkemidler/mentor/#kontakt:~:text=l%C3%B8nnstilskudd'],
    ['/a/', ['IPS-ung,'], '/a/#:~:text=IPS%2Dung'],
    ['/a/', ['«', ''], '/a/'],
    // «hull i CV-en»: «i» would highlight the first «i» on the page, wherever it is.
    ['/presse/#nokkelfakta', ['Hull', 'i', 'CV-en'], '/presse/#nokkelfakta:~:text=Hull&text=CV%2Den'],
    ['/a/', ['I', 'og', 'På', 'frå'], '/a/'],
    ['/a/', [], '/a/'],
  ])('%j + %j → %j', (url, words, expected) => {
    expect(withTextFragment(url, words)).toBe(expected);
  });
});
