import { describe, expect, it } from 'vitest';
import { factSheetOfResult } from '../../../../src/lib/search/fact-sheet-link';

describe('factSheetOfResult', () => {
  it.each([
    ['/virkemidler/mentor/', '/', '/presse/faktaark/mentor/'],
    ['/semuligheter/virkemidler/ips-ung/', '/semuligheter/', '/semuligheter/presse/faktaark/ips-ung/'],
    ['/semuligheter/virkemidler/mentor/', '/semuligheter', '/semuligheter/presse/faktaark/mentor/'],
    // Not a measure's own page: the list, a section of it, another base, another collection.
    ['/virkemidler/', '/', undefined],
    ['/virkemidler/mentor/#kilder', '/', undefined],
    ['/virkemidler/mentor/', '/semuligheter/', undefined],
    ['/historier/mentor/', '/', undefined],
    ['/virkemidler/a/b/', '/', undefined],
  ])('%s under %s → %s', (url, base, expected) => {
    expect(factSheetOfResult(url, base)).toBe(expected);
  });
});
