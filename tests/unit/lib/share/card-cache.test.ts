import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { cachedCard } from '../../../../src/lib/share/card-cache';

let dir: string;
let drawn: string[];
const draw = async (svg: string) => {
  drawn.push(svg);
  return new TextEncoder().encode(`png of ${svg}`) as Uint8Array<ArrayBuffer>;
};
const text = (png: Uint8Array) => new TextDecoder().decode(png);

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'card-cache-'));
  drawn = [];
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

it('draws a card once and reads it from the cache folder after that', async () => {
  const cards = join(dir, 'cards');
  expect(text(await cachedCard(cards, '<svg>a</svg>', draw))).toBe('png of <svg>a</svg>');
  expect(text(await cachedCard(cards, '<svg>a</svg>', draw))).toBe('png of <svg>a</svg>');
  expect(drawn).toEqual(['<svg>a</svg>']);
  expect(readdirSync(cards)).toHaveLength(1);
});

it('draws again when anything in the SVG differs', async () => {
  for (const svg of ['<svg>a</svg>', '<svg>b</svg>', '<svg>a </svg>']) await cachedCard(dir, svg, draw);
  expect(drawn).toEqual(['<svg>a</svg>', '<svg>b</svg>', '<svg>a </svg>']);
});

it('still returns the card when the cache folder cannot be written', async () => {
  const blocked = join(dir, 'a-file');
  writeFileSync(blocked, 'not a folder');
  expect(text(await cachedCard(blocked, '<svg>c</svg>', draw))).toBe('png of <svg>c</svg>');
  expect(text(await cachedCard(blocked, '<svg>c</svg>', draw))).toBe('png of <svg>c</svg>');
  expect(drawn).toHaveLength(2);
});

it('passes on a drawing error instead of caching anything', async () => {
  await expect(cachedCard(dir, '<svg', () => Promise.reject(new Error('Could not draw a share card')))).rejects.toThrow(/Could not draw/);
  expect(readdirSync(dir)).toEqual([]);
});
