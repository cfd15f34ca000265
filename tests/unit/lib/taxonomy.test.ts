import { describe, expect, it } from 'vitest';
import { COUNTIES, INDUSTRIES, TARGET_GROUPS, ids, label } from '../../../src/lib/taxonomy';

describe('counties', () => {
  it('are the 15 counties of 2024', () => {
    expect(COUNTIES).toHaveLength(15);
    expect(COUNTIES.map((c) => c.nb)).toContain('Møre og Romsdal');
    expect(COUNTIES.map((c) => c.nb)).not.toContain('Viken');
  });
});

describe.each([
  ['COUNTIES', COUNTIES],
  ['INDUSTRIES', INDUSTRIES],
  ['TARGET_GROUPS', TARGET_GROUPS],
])('%s', (_, terms) => {
  it('has unique, URL-safe ids', () => {
    const all = ids(terms);
    expect(new Set(all).size).toBe(all.length);
    for (const id of all) expect(id).toMatch(/^[a-z0-9-]+$/);
  });
});

describe('label', () => {
  it.each([
    ['trondelag', 'nb', 'Trøndelag'],
    ['offentlig-sektor', 'nn', 'Offentleg sektor'],
  ] as const)('%s (%s) → %s', (id, lang, expected) => {
    expect(label([...COUNTIES, ...INDUSTRIES], id, lang)).toBe(expected);
  });
  it('throws on an unknown id', () => {
    expect(() => label(COUNTIES, 'viken')).toThrow('Unknown term "viken"');
  });
});
