import { describe, expect, it } from 'vitest';
import { facetCounts, zeroCounts, type FacetCounts } from '../../../../src/lib/search/facet-counts';
import { FILTER_KEYS, parseSearchState, type SearchState } from '../../../../src/lib/search/url-state';

/** A small index: each page's words and facet values. */
const PAGES = [
  { words: ['mentor'], type: 'historie', fylke: 'trondelag' },
  { words: ['mentor'], type: 'historie', fylke: 'nordland' },
  { words: ['mentor'], type: 'virkemiddel', fylke: undefined },
  { words: ['bakeri'], type: 'historie', fylke: 'trondelag' },
];
const FACETS = { type: ['historie', 'virkemiddel'], fylke: ['nordland', 'trondelag'] } as const;

/** What Pagefind's `filters` gives for one search over PAGES: a count for every value, zeros too. */
function countsOver(state: SearchState): FacetCounts {
  const matches = PAGES.filter(
    (page) =>
      (state.q === '' || page.words.includes(state.q)) &&
      Object.entries(state.filters).every(([key, values]) => values.includes(page[key as keyof typeof FACETS] ?? '')),
  );
  return Object.fromEntries(
    Object.entries(FACETS).map(([key, values]) => [key, Object.fromEntries(values.map((v) => [v, matches.filter((p) => p[key as keyof typeof FACETS] === v).length]))]),
  );
}

describe('facetCounts', () => {
  it.each([
    ['q=mentor', { type: { historie: 2, virkemiddel: 1 }, fylke: { nordland: 1, trondelag: 1 } }, 1],
    // A facet's own choice does not narrow its counts; it narrows the other facets'.
    ['q=mentor&fylke=trondelag', { type: { historie: 1, virkemiddel: 0 }, fylke: { nordland: 1, trondelag: 1 } }, 2],
    // Filters without a query: «all stories from Trøndelag».
    ['fylke=trondelag', { type: { historie: 2, virkemiddel: 0 }, fylke: { nordland: 1, trondelag: 2 } }, 2],
    ['type=historie', { type: { historie: 3, virkemiddel: 1 }, fylke: { nordland: 1, trondelag: 2 } }, 2],
    ['q=mentor&type=historie&fylke=nordland', { type: { historie: 1, virkemiddel: 0 }, fylke: { nordland: 1, trondelag: 1 } }, 3],
    ['q=mentor&type=historie&type=virkemiddel', { type: { historie: 2, virkemiddel: 1 }, fylke: { nordland: 1, trondelag: 1 } }, 2],
  ])('%s', async (query, expected, searches) => {
    const asked: SearchState[] = [];
    const counts = await facetCounts(parseSearchState(query), async (state) => {
      asked.push(state);
      return countsOver(state);
    });
    expect(counts).toEqual(expected);
    expect(asked).toHaveLength(searches);
  });

  it('gives null when one of its searches was overtaken', async () => {
    let calls = 0;
    const counts = await facetCounts(parseSearchState('q=mentor&fylke=trondelag'), async (state) => (++calls === 2 ? null : countsOver(state)));
    expect(counts).toBeNull();
  });
});

describe('zeroCounts', () => {
  it('has every facet, with no value counted', () => {
    const counts = zeroCounts();
    expect(Object.keys(counts).sort()).toEqual([...FILTER_KEYS].sort());
    expect(Object.values(counts).every((facet) => Object.keys(facet).length === 0)).toBe(true);
  });
});
