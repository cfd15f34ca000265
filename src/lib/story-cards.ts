/**
 * The data a story card needs in the browser. /historier/ renders only the cards on its page;
 * filtering in place fetches this list (/historier/kort.json) for every story instead of
 * shipping every card in every page's HTML, which made the build grow with the square of the
 * number of stories.
 */
import { facetValuesOf, type FacetSource, type FacetValues } from './filters';
import { COUNTIES, INDUSTRIES, label } from './taxonomy';
import type { Lang } from './dates';
import { t } from './i18n';

/** Widths and `sizes` of card images, shared by StoryCard.astro and the cards built in the browser. */
export const CARD_IMAGE = {
  widths: [400, 800],
  sizes: '(min-width: 1024px) 360px, (min-width: 640px) 50vw, 100vw',
};

/** A responsive image rendered at build time. */
export interface CardImage {
  /** Fallback URL. */
  src: string;
  /** `srcset` attribute value. */
  srcset: string;
  width: number;
  height: number;
}

/** One story card: what StoryCard.astro shows, plus the story's facet values for filtering. */
export interface StoryCardData {
  /** The story's page, base path included. */
  url: string;
  lang: Lang;
  title: string;
  description: string;
  /** «Eksempel · Bransje · Fylke», in the story's language. */
  meta: string;
  image: CardImage;
  values: FacetValues;
}

/** The story fields a card is made from. */
export interface CardSource extends FacetSource {
  data: FacetSource['data'] & { title: string; description: string; lang: Lang; illustrative: boolean };
}

/**
 * The line above a card's title: «Eksempel» for a story written for the site (so a card seen on
 * its own is not taken for a real account), then the industry and county, in the story's language.
 * @param data - the story's industry, county, language and whether it is illustrative
 */
export function cardMeta(data: { industry: string; county: string; lang: Lang; illustrative: boolean }): string {
  const place = `${label(INDUSTRIES, data.industry, data.lang)} · ${label(COUNTIES, data.county, data.lang)}`;
  return data.illustrative ? `${t(data.lang, 'illustrativeLabel')} · ${place}` : place;
}

/**
 * A story's card data.
 * @param story - the story entry
 * @param url - its page URL (from the URL helper)
 * @param image - its card image, already processed
 */
export function storyCardData(story: CardSource, url: string, image: CardImage): StoryCardData {
  const { data } = story;
  return { url, lang: data.lang, title: data.title, description: data.description, meta: cardMeta(data), image, values: facetValuesOf(story) };
}
