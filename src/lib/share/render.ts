/**
 * Turns a share card into a PNG: satori lays it out as SVG (text as paths), sharp rasterises it
 * on libuv's thread pool, and the PNG is kept for the next build.
 * Fonts come from the @fontsource/source-sans-3 package and are read once per build.
 */
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import satori, { type Font } from 'satori';
import { CACHE_DIR } from '../cache-dir';
import { cachedCard } from './card-cache';
import { RASTERISER, rasterise } from './rasterise';
import { cardElement, type CardContent, type CardNode } from './card';
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
  return drawSvg(cardElement(content));
}

async function drawSvg(element: CardNode): Promise<string> {
  // satori's types expect React elements; the plain object tree has the same shape.
  return satori(element as unknown as Parameters<typeof satori>[0], { ...CARD_SIZE, fonts: await cardFonts() });
}

/** Where drawn cards are kept between builds (src/lib/share/card-cache.ts). */
const CARD_CACHE = join(CACHE_DIR, 'share-cards');

let renderer: string | undefined;

/** What, besides a card's element tree, decides its pixels: the size, the fonts, and who lays out and draws. */
function rendererKey(): string {
  renderer ??= JSON.stringify({
    size: CARD_SIZE,
    fonts: [require('@fontsource/source-sans-3/package.json').version, WEIGHTS],
    satori: require('satori/package.json').version,
    rasteriser: RASTERISER,
  });
  return renderer;
}

/**
 * The card as a 1200×630 PNG (src/lib/share/rasterise.ts). A card whose element tree and
 * renderer are the same as in an earlier build is read from the cache instead of laid out and drawn.
 */
export async function renderCardPng(content: CardContent): Promise<Uint8Array<ArrayBuffer>> {
  const element = cardElement(content);
  return cachedCard(CARD_CACHE, JSON.stringify([rendererKey(), element]), async () => rasterise(await drawSvg(element)));
}
