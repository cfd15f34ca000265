/**
 * Everything a page's <head> needs for sharing: Open Graph and Twitter tags, feed links and
 * structured data. Base.astro calls this once per page, so every page gets the same treatment.
 */
import { base } from 'astro:config/client';
import { lastChanged, type Lang } from '../dates';
import { t } from '../i18n';
import { absolute, FILES, siteOrigin, urls } from '../urls';
import { cardFor, cardImagePath, shareCards, stripBase, type CardSource } from './cards';
import { articleJsonLd, campaignJsonLd, type Campaign, type JsonLd } from './json-ld';
import { cardAlt, shareTags, type MetaTag } from './meta';

/** What a route tells the layout about sharing. */
export interface PageShare {
  /** `article` for stories, articles and measures; they also get Article structured data. */
  type?: 'website' | 'article';
  published?: Date | undefined;
  updated?: Date | undefined;
}

/** A feed to announce with `<link rel="alternate">`. */
export interface FeedLink {
  title: string;
  href: string;
}

/** The site's name in share tags and structured data. */
export const SITE_NAME = '#Semuligheter';

/** The share tags, feed links and structured data for one page. */
export function headShare(input: {
  site: CardSource;
  siteUrl: URL | string | undefined;
  /** The page's URL path as served, including the base path. */
  pathname: string;
  title: string;
  description: string;
  lang: Lang;
  share?: PageShare | undefined;
  feeds: readonly FeedLink[];
  /** A page kept out of search engines (the 404 page) has no address of its own, so no og:url. */
  noindex?: boolean | undefined;
}): { tags: MetaTag[]; feeds: FeedLink[]; jsonLd?: JsonLd | undefined } {
  const origin = siteOrigin(input.siteUrl);
  const pagePath = stripBase(input.pathname, base);
  const card = cardFor(shareCards(input.site), pagePath);
  const url = absolute(input.pathname, origin);
  const image = absolute(urls.path(cardImagePath(card.path)), origin);
  const type = input.share?.type ?? 'website';
  const modified = lastChanged(input.share?.published, input.share?.updated);
  const allTags = shareTags({
    title: input.title,
    description: input.description,
    url,
    image,
    imageAlt: cardAlt(card.kind, card.title, SITE_NAME),
    lang: input.lang,
    type,
    siteName: SITE_NAME,
    published: input.share?.published,
    modified,
  });
  const tags = input.noindex ? allTags.filter((tag) => tag.key !== 'og:url') : allTags;
  const feeds = [{ title: t(input.lang, 'feedSite'), href: urls.path(FILES.feed) }, ...input.feeds].map((f) => ({ ...f, href: absolute(f.href, origin) }));
  const campaign: Campaign = {
    name: SITE_NAME,
    url: absolute(urls.route('home'), origin),
    logo: absolute(urls.path(cardImagePath('/')), origin),
    description: input.description,
  };
  let jsonLd: JsonLd | undefined;
  if (type === 'article' && input.share?.published) {
    jsonLd = articleJsonLd({
      headline: input.title,
      description: input.description,
      url,
      image,
      lang: input.lang,
      published: input.share.published,
      updated: input.share.updated,
      campaign,
    });
  } else if (pagePath === '/') {
    jsonLd = campaignJsonLd(campaign, absolute(urls.route('search'), origin));
  }
  return { tags, feeds, jsonLd };
}
