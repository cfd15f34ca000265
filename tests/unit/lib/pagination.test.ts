import { describe, expect, it } from 'vitest';
import { clampPage, pageCount, pageLinks, pageSlice, parsePage } from '../../../src/lib/pagination';

describe('pageCount', () => {
  it.each([
    [0, 12, 1],
    [1, 12, 1],
    [12, 12, 1],
    [13, 12, 2],
    [18, 12, 2],
    [25, 12, 3],
    [5, 2, 3],
  ])('%i items at %i a page → %i pages', (total, size, expected) => {
    expect(pageCount(total, size)).toBe(expected);
  });
});

describe('clampPage', () => {
  it.each([
    [1, 3, 1],
    [3, 3, 3],
    [4, 3, 3],
    [0, 3, 1],
    [-2, 3, 1],
    [1.5, 3, 1],
    [Number.NaN, 3, 1],
    [2, 0, 1],
  ])('page %d of %i → %i', (page, count, expected) => {
    expect(clampPage(page, count)).toBe(expected);
  });
});

describe('parsePage', () => {
  it.each([
    ['2', 2],
    ['12', 12],
    [null, 1],
    [undefined, 1],
    ['', 1],
    ['0', 1],
    ['-1', 1],
    ['02', 1],
    ['2.5', 1],
    ['abc', 1],
    ['<script>', 1],
    ['99999', 1],
  ])('%j → %i', (raw, expected) => {
    expect(parsePage(raw)).toBe(expected);
  });
});

describe('pageSlice', () => {
  const items = Array.from({ length: 18 }, (_, i) => i + 1);
  it.each([
    [1, 12, items.slice(0, 12)],
    [2, 12, [13, 14, 15, 16, 17, 18]],
    [3, 12, []],
    [2, 5, [6, 7, 8, 9, 10]],
  ])('page %i at %i a page', (page, size, expected) => {
    expect(pageSlice(items, page, size)).toEqual(expected);
  });
});

describe('pageLinks', () => {
  it.each([
    [1, 1, [1]],
    [2, 2, [1, 2]],
    [4, 7, [1, 2, 3, 4, 5, 6, 7]],
    [1, 10, [1, 2, 'gap', 10]],
    [5, 10, [1, 'gap', 4, 5, 6, 'gap', 10]],
    [10, 10, [1, 'gap', 9, 10]],
    [3, 10, [1, 2, 3, 4, 'gap', 10]],
  ])('page %i of %i', (current, count, expected) => {
    expect(pageLinks(current, count)).toEqual(expected);
  });
});
