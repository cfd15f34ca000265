import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { cachedCard } from '../../../../src/lib/share/card-cache';

let dir: string;
let drawn: string[];
/** Draws the card for `key`, recording that it did. */
const draw = (key: string) => async () => {
  drawn.push(key);
  return new TextEncoder().encode(`png of ${key}`) as Uint8Array<ArrayBuffer>;
};
const text = (png: Uint8Array) => new TextDecoder().decode(png);

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'card-cache-'));
  drawn = [];
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

it('draws a card once and reads it from the cache folder after that', async () => {
  const cards = join(dir, 'cards');
  expect(text(await cachedCard(cards, 'card a', draw('card a')))).toBe('png of card a');
  expect(text(await cachedCard(cards, 'card a', draw('card a')))).toBe('png of card a');
  expect(drawn).toEqual(['card a']);
  expect(readdirSync(cards)).toHaveLength(1);
});

it('draws again when anything in the key differs', async () => {
  for (const key of ['card a', 'card b', 'card a ']) await cachedCard(dir, key, draw(key));
  expect(drawn).toEqual(['card a', 'card b', 'card a ']);
});

it('still returns the card when the cache folder cannot be written', async () => {
  const blocked = join(dir, 'a-file');
  writeFileSync(blocked, 'not a folder');
  expect(text(await cachedCard(blocked, 'card c', draw('card c')))).toBe('png of card c');
  expect(text(await cachedCard(blocked, 'card c', draw('card c')))).toBe('png of card c');
  expect(drawn).toHaveLength(2);
});

it('passes on a drawing error instead of caching anything', async () => {
  await expect(cachedCard(dir, 'card d', () => Promise.reject(new Error('Could not draw a share card')))).rejects.toThrow(/Could not draw/);
  expect(readdirSync(dir)).toEqual([]);
});
