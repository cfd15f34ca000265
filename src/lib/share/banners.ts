/**
 * The campaign banners in public/bannere/ (made by scripts/make-banners.mjs) and their alt text.
 * No imports: the script loads this file with Node's type stripping.
 */

/** One banner size; files are `/bannere/<id>.svg` and `/bannere/<id>.png`. */
export interface Banner {
  id: string;
  width: number;
  height: number;
  /** What the format is called in ad tools. */
  format: string;
}

/** The text on every banner, which is also its alt text. */
export const BANNER_TEXT = {
  tag: '#Semuligheter',
  line: 'Trenger dere folk? Se mulighetene.',
  host: 'semuligheter.no',
} as const;

/** Alt text for a banner: the words on it, in reading order. */
export const BANNER_ALT = `${BANNER_TEXT.tag}. ${BANNER_TEXT.line} ${BANNER_TEXT.host}`;

export const BANNERS: readonly Banner[] = [
  { id: 'semuligheter-1200x628', width: 1200, height: 628, format: 'Stort banner for sosiale medier og nettsider' },
  { id: 'semuligheter-728x90', width: 728, height: 90, format: 'Toppbanner (leaderboard)' },
  { id: 'semuligheter-300x250', width: 300, height: 250, format: 'Rektangel (medium rectangle)' },
];
