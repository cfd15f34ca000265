/**
 * The campaign colours for generated images (share cards, banners). They match the theme tokens in
 * src/styles/global.css; images cannot read CSS variables, so the values are repeated here.
 * This file has no imports so scripts/make-banners.mjs can load it with Node's type stripping.
 */
export const COLORS = {
  navy: '#12355b',
  navyDark: '#0c2a47',
  orange: '#c2410c',
  orangeLight: '#e0672b',
  sand: '#faf7f2',
  sandDark: '#e8dfd0',
  white: '#ffffff',
  brandLight: '#dbe8f5',
} as const;

/** Size of an Open Graph share card (the size Facebook, LinkedIn and X show largest). */
export const CARD_SIZE = { width: 1200, height: 630 } as const;
