import { describe, expect, it } from 'vitest';
import { foldNorwegian, slugify } from '../../../src/lib/slug';

describe('foldNorwegian', () => {
  it.each([
    ['Møre og Romsdal', 'more og romsdal'],
    ['Ærlig Åpen', 'aerlig apen'],
    ['Kafé', 'kafe'],
    // Only letters are folded; everything else is left for the caller.
    ['<b>x</b>', '<b>x</b>'],
  ])('%j → %j', (text, expected) => {
    expect(foldNorwegian(text)).toBe(expected);
  });
});

describe('slugify', () => {
  it.each([
    ['Bakeriet på Ørland', 'bakeriet-pa-orland'],
    ['Lønnstilskudd – nytt i 2026!', 'lonnstilskudd-nytt-i-2026'],
    ['Kafé Ærlig', 'kafe-aerlig'],
    ['  IPS-ung  ', 'ips-ung'],
    ['!!!', ''],
  ])('%j → %j', (title, slug) => {
    expect(slugify(title)).toBe(slug);
  });
});
