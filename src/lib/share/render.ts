/**
 * Turns a share card into a PNG: satori lays it out as SVG (text as paths), sharp rasterises it
 * on libuv's thread pool.
 * Fonts come from the @fontsource/source-sans-3 package and are read once per build.
 */
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import satori, { type Font } from 'satori';
import { CACHE_DIR } from '../cache-dir';
import { cachedCard } from './card-cache';
import { rasterise } from './rasterise';
import { cardElement, type CardContent } from './card';
import { CARD_SIZE } from './theme';

// Resolve from the project root: the built chunk that runs this lives in a temporary folder.
const require = createRequire(join(process.cwd(), 'package.json'));

/** satori reads .woff (not .woff2); these are the weights the card uses. */
const WEIGHTS = [400, 700, 800] as const;

let fonts: Promise<Font[]> | undefined;

/** The card fonts, loaded once and kept for every card in the build. */
export function cardFonts(): Promise<Font[]> {
  fonts ??= Promise.all(
    WEIGHTS.map(async (weight) => ({
      name: 'Source Sans 3',
      weight,
      style: 'normal' as const,
      data: await readFile(require.resolve(`@fontsource/source-sans-3/files/source-sans-3-latin-${weight}-normal.woff`)),
    })),
  );
  return fonts;
}

/** The card as an SVG string (text converted to paths, so it looks the same everywhere). */
export async function renderCardSvg(content: CardContent): Promise<string> {
  // satori's types expect React elements; the plain object tree has the same shape.
  return satori(cardElement(content) as unknown as Parameters<typeof satori>[0], { ...CARD_SIZE, fonts: await cardFonts() });
}

/** Where drawn cards are kept between builds (src/lib/share/card-cache.ts). */
const CARD_CACHE = join(CACHE_DIR, 'share-cards');

/** The card as a 1200×630 PNG (src/lib/share/rasterise.ts), reused from an earlier build when it is the same. */
export async function renderCardPng(content: CardContent): Promise<Uint8Array<ArrayBuffer>> {
  return cachedCard(CARD_CACHE, await renderCardSvg(content), rasterise);
}
