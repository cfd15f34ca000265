import { describe, expect, it } from 'vitest';
import { hitCount, statusText, suggestionText, type StatusSource } from '../../../../src/lib/search/status';

describe('hitCount', () => {
  it.each([
    [0, 'Ingen treff'],
    [1, '1 treff'],
    [12, '12 treff'],
  ])('%i → %j', (count, expected) => {
    expect(hitCount(count)).toBe(expected);
  });
});

describe('statusText', () => {
  it.each<[StatusSource, string]>([
    [{ count: 12, q: 'mentor', filters: [], newestFirst: false }, '12 treff for «mentor»'],
    [{ count: 3, q: 'mentor', filters: ['Historie'], newestFirst: false }, '3 treff for «mentor», filtrert på Historie'],
    [{ count: 2, q: 'mentor', filters: ['Historie', 'Nordland', 'Troms'], newestFirst: true }, '2 treff for «mentor», filtrert på Historie, Nordland og Troms, nyeste først'],
    [{ count: 12, q: 'mentor', filters: [], newestFirst: true }, '12 treff for «mentor», nyeste først'],
    // Without words the order is always newest first, so it is not said.
    [{ count: 1, q: '', filters: ['Historie', 'Nordland'], newestFirst: true }, '1 treff, filtrert på Historie og Nordland'],
    [{ count: 0, q: 'autisme', filters: [], newestFirst: false }, 'Ingen treff for «autisme». Prøv et annet ord, eller fjern noen filtre.'],
    [{ count: 0, q: 'mentor', filters: ['Artikkel'], newestFirst: false }, 'Ingen treff for «mentor», filtrert på Artikkel. Prøv et annet ord, eller fjern noen filtre.'],
    [{ count: 0, q: '', filters: ['Artikkel', 'Nordland'], newestFirst: false }, 'Ingen treff med disse filtrene: Artikkel og Nordland.'],
  ])('%j → %j', (source, expected) => {
    expect(statusText(source)).toBe(expected);
  });
});

describe('suggestionText', () => {
  it.each([
    [0, 'mentro', ['Ingen treff for «mentro». Mente du «', '»?']],
    [3, 'mentro', ['3 treff for «mentro». Mente du «', '»?']],
  ])('%i for %j → %j', (count, q, expected) => {
    expect(suggestionText(count, q)).toEqual(expected);
  });
});
