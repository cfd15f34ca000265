import { describe, expect, it } from 'vitest';
import { aboutParts, type AboutSource } from '../../../../src/lib/search/result-about';

const LABELS: Record<string, Record<string, string>> = {
  fylke: { finnmark: 'Finnmark', vestland: 'Vestland' },
  bransje: { 'landbruk-og-fiske': 'Landbruk og fiske' },
};
const labelOf = (facet: string, value: string) => LABELS[facet]?.[value];

describe('aboutParts', () => {
  it.each<[string, AboutSource, string[]]>([
    [
      'a story names its county and industry',
      { meta: { type: 'Historie', dato: '2026-10-08' }, filters: { fylke: ['finnmark'], bransje: ['landbruk-og-fiske'], sprak: ['nb'] } },
      ['Historie', 'Finnmark', 'Landbruk og fiske', '8. oktober 2026'],
    ],
    [
      'a Nynorsk story says so last',
      { meta: { type: 'Historie', dato: '2026-06-25' }, filters: { fylke: ['vestland'], bransje: ['landbruk-og-fiske'], sprak: ['nn'] } },
      ['Historie', 'Vestland', 'Landbruk og fiske', '25. juni 2026', 'Nynorsk'],
    ],
    [
      'a measure has no county or industry',
      { meta: { type: 'Virkemiddel', dato: '2026-11-23' }, filters: { virkemiddel: ['mentor'], sprak: ['nb'] } },
      ['Virkemiddel', '23. november 2026'],
    ],
    [
      'an unknown value and a bad date are left out',
      { meta: { type: 'Historie', dato: 'ikke en dato' }, filters: { fylke: ['atlantis'], bransje: ['landbruk-og-fiske'] } },
      ['Historie', 'Landbruk og fiske'],
    ],
    ['no metadata gives an empty line', { meta: {}, filters: {} }, []],
  ])('%s', (_, source, expected) => {
    expect(aboutParts(source, labelOf)).toEqual(expected);
  });
});
