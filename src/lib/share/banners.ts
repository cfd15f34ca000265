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

/** Whether a banner is wide and short (a leaderboard): its text goes on one line, without the address. */
export function isWideBanner({ width, height }: Pick<Banner, 'width' | 'height'>): boolean {
  return width / height > 5;
}

/** Alt text for a banner: the words on it, in reading order. */
export function bannerAlt(banner: Pick<Banner, 'width' | 'height'>): string {
  const words = isWideBanner(banner) ? [BANNER_TEXT.tag, BANNER_TEXT.line] : [BANNER_TEXT.tag, BANNER_TEXT.line, BANNER_TEXT.host];
  return `${words[0]}. ${words.slice(1).join(' ')}`;
}

export const BANNERS: readonly Banner[] = [
  { id: 'semuligheter-1200x628', width: 1200, height: 628, format: 'Stort banner for sosiale medier og nettsider' },
  { id: 'semuligheter-728x90', width: 728, height: 90, format: 'Toppbanner (leaderboard)' },
  { id: 'semuligheter-300x250', width: 300, height: 250, format: 'Rektangel (medium rectangle)' },
];
