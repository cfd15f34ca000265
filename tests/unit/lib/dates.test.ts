import { describe, expect, it } from 'vitest';
import { commonDay, formatDate, isoDate, lastChanged } from '../../../src/lib/dates';

describe('formatDate', () => {
  it.each([
    ['2019-03-05', 'nb', '5. mars 2019'],
    ['2026-11-23', 'nb', '23. november 2026'],
    ['2026-01-01', 'nb', '1. januar 2026'],
    ['2026-12-31', 'nb', '31. desember 2026'],
    ['2026-05-17', 'nn', '17. mai 2026'],
    ['2026-02-01', 'nn', '1. februar 2026'],
  ] as const)('%s in %s → %s', (iso, lang, expected) => {
    expect(formatDate(new Date(iso), lang)).toBe(expected);
  });

  it('defaults to Bokmål', () => {
    expect(formatDate(new Date('2026-08-09'))).toBe('9. august 2026');
  });

  it('never slips a day, whatever the local time zone', () => {
    // Frontmatter dates are midnight UTC; a naive local format would show 31 December west of UTC.
    expect(formatDate(new Date(Date.UTC(2026, 0, 1, 0, 0, 0)))).toBe('1. januar 2026');
    expect(formatDate(new Date(Date.UTC(2026, 0, 1, 23, 59, 0)))).toBe('1. januar 2026');
  });
});

describe('isoDate', () => {
  it.each([
    [new Date(Date.UTC(2026, 10, 23)), '2026-11-23'],
    [new Date(Date.UTC(2019, 2, 5)), '2019-03-05'],
  ])('%s → %s', (date, expected) => {
    expect(isoDate(date)).toBe(expected);
  });
});

describe('lastChanged', () => {
  const may = new Date('2026-05-01');
  const june = new Date('2026-06-01');
  it.each([
    // published, updated, the date expected
    [may, june, june],
    [june, may, june],
    [may, may, may],
    [may, undefined, may],
    [undefined, june, june],
    [undefined, undefined, undefined],
  ])('published %s, updated %s: %s', (published, updated, expected) => {
    expect(lastChanged(published, updated)).toEqual(expected);
  });
});

describe('commonDay', () => {
  const day = (iso: string) => new Date(`${iso}T00:00:00Z`);
  it.each<[string, Date[], string | undefined]>([
    ['no dates', [], undefined],
    ['one date', [day('2026-11-23')], '2026-11-23'],
    ['the same day twice', [day('2026-11-23'), day('2026-11-23')], '2026-11-23'],
    ['two days', [day('2026-11-23'), day('2026-11-24')], undefined],
    ['the same day at another hour', [day('2026-11-23'), new Date('2026-11-23T15:00:00Z')], '2026-11-23'],
  ])('%s', (_, dates, expected) => {
    const found = commonDay(dates);
    expect(found && isoDate(found)).toBe(expected);
  });
});
