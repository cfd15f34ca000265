/**
 * Structured data (schema.org JSON-LD) for articles, stories, measures and the campaign itself,
 * and its safe serialisation into a `<script type="application/ld+json">` element.
 */
import type { Lang } from '../dates';
import { isoDate, lastChanged } from '../dates';

/** A JSON-LD object. */
export type JsonLd = Record<string, unknown>;

/** The campaign as publisher and organisation. */
export interface Campaign {
  name: string;
  /** Absolute URL of the home page. */
  url: string;
  /** Absolute URL of the logo or share image. */
  logo: string;
  description: string;
}

const LANGUAGES: Record<Lang, string> = { nb: 'nb-NO', nn: 'nn-NO' };

function organization(campaign: Campaign): JsonLd {
  return {
    '@type': 'Organization',
    '@id': `${campaign.url}#organisasjon`,
    name: campaign.name,
    url: campaign.url,
    logo: { '@type': 'ImageObject', url: campaign.logo },
  };
}

/** Article data for a story, article or measure page. */
export function articleJsonLd(input: {
  headline: string;
  description: string;
  url: string;
  image: string;
  lang: Lang;
  published: Date;
  updated?: Date | undefined;
  campaign: Campaign;
}): JsonLd {
  return {
    '@context': 'https://schema.org',
    '@type': 'Article',
    headline: input.headline,
    description: input.description,
    url: input.url,
    mainEntityOfPage: input.url,
    image: [input.image],
    inLanguage: LANGUAGES[input.lang],
    datePublished: isoDate(input.published),
    dateModified: isoDate(lastChanged(input.published, input.updated)),
    author: { '@id': `${input.campaign.url}#organisasjon` },
    publisher: organization(input.campaign),
  };
}

/** The campaign as an Organization and the site as a WebSite with its search, for the home page. */
export function campaignJsonLd(campaign: Campaign, searchUrl: string): JsonLd {
  return {
    '@context': 'https://schema.org',
    '@graph': [
      { ...organization(campaign), description: campaign.description },
      {
        '@type': 'WebSite',
        '@id': `${campaign.url}#nettsted`,
        name: campaign.name,
        url: campaign.url,
        inLanguage: LANGUAGES.nb,
        publisher: { '@id': `${campaign.url}#organisasjon` },
        potentialAction: {
          '@type': 'SearchAction',
          target: `${searchUrl}?q={search_term_string}`,
          'query-input': 'required name=search_term_string',
        },
      },
    ],
  };
}

/**
 * JSON for inside a `<script>` element: `<` is written as `\u003c`, so no text in the data
 * (such as `</script>`) can end the element early. It is still the same JSON to a parser.
 */
export function serializeJsonLd(data: JsonLd): string {
  return JSON.stringify(data).replace(/</g, '\\u003c');
}
