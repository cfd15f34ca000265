import { describe, expect, it } from 'vitest';
import { MEASURE_SECTIONS, measureContents, measureSection } from '../../../src/lib/measure-sections';

describe('measureSection', () => {
  it.each([
    ['summary', 'nb', { id: 'kort-om', title: 'Kort om' }],
    ['forWhom', 'nb', { id: 'hvem-passer-det-for', title: 'Hvem passer det for' }],
    ['forWhom', 'nn', { id: 'hvem-passer-det-for', title: 'Kven passar det for' }],
    ['sources', 'nb', { id: 'kilder', title: 'Kilder' }],
  ] as const)('%s in %s → %j', (key, lang, expected) => {
    expect(measureSection(key, lang)).toEqual(expected);
  });
});

describe('measureContents', () => {
  it('lists every section once, in the order of the table, with unique ids', () => {
    const contents = measureContents('nb');
    expect(contents.map((c) => c.id)).toEqual(Object.values(MEASURE_SECTIONS));
    expect(new Set(contents.map((c) => c.id)).size).toBe(contents.length);
    expect(contents.every((c) => c.title.length > 0)).toBe(true);
  });
});
