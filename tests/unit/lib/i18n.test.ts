import { describe, expect, it } from 'vitest';
import { otherLang, t } from '../../../src/lib/i18n';

describe('t', () => {
  it.each([
    ['nb', 'Hopp til hovedinnholdet'],
    ['nn', 'Hopp til hovudinnhaldet'],
  ] as const)('gives the %s interface word', (lang, word) => {
    expect(t(lang, 'skipToContent')).toBe(word);
  });
});

describe('otherLang', () => {
  it.each([
    ['nb', 'nn', 'nb'],
    ['nn', 'nb', 'nn'],
    ['nb', 'nb', undefined],
    ['nn', 'nn', undefined],
  ] as const)('marks a %s entry on a %s page as %s', (entry, page, expected) => {
    expect(otherLang(entry, page)).toBe(expected);
  });
});
