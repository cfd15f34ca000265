/** The Open Graph and Twitter card tags of a page, computed from its share data. */
import type { Lang } from '../dates';
import { CARD_SIZE } from './theme';

/** Everything a page's share tags say. URLs are absolute. */
export interface ShareData {
  title: string;
  description: string;
  url: string;
  image: string;
  imageAlt: string;
  lang: Lang;
  /** `article` for stories, articles and measures; `website` for everything else. */
  type: 'website' | 'article';
  siteName: string;
  published?: Date | undefined;
  modified?: Date | undefined;
}

/** One `<meta>` tag: Open Graph uses `property`, Twitter uses `name`. */
export interface MetaTag {
  attribute: 'property' | 'name';
  key: string;
  content: string;
}

const LOCALES: Record<Lang, string> = { nb: 'nb_NO', nn: 'nn_NO' };

/** The `<meta>` tags for a page's share card, in a stable order. */
export function shareTags(share: ShareData): MetaTag[] {
  const og = (key: string, content: string): MetaTag => ({ attribute: 'property', key: `og:${key}`, content });
  const tw = (key: string, content: string): MetaTag => ({ attribute: 'name', key: `twitter:${key}`, content });
  const tags = [
    og('type', share.type),
    og('site_name', share.siteName),
    og('locale', LOCALES[share.lang]),
    og('title', share.title),
    og('description', share.description),
    og('url', share.url),
    og('image', share.image),
    og('image:type', 'image/png'),
    og('image:width', String(CARD_SIZE.width)),
    og('image:height', String(CARD_SIZE.height)),
    og('image:alt', share.imageAlt),
    tw('card', 'summary_large_image'),
    tw('title', share.title),
    tw('description', share.description),
    tw('image', share.image),
    tw('image:alt', share.imageAlt),
  ];
  if (share.type === 'article') {
    if (share.published) tags.push({ attribute: 'property', key: 'article:published_time', content: share.published.toISOString() });
    if (share.modified) tags.push({ attribute: 'property', key: 'article:modified_time', content: share.modified.toISOString() });
  }
  return tags;
}

/**
 * The alt text of a share card: what it shows, since the text on it is part of the image. The site
 * name is said once, even where it is also the card's kind or title.
 */
export function cardAlt(kind: string, title: string, siteName: string): string {
  const showKind = kind !== siteName;
  const showTitle = title !== siteName;
  if (showKind && showTitle) return `${siteName} – ${kind}: ${title}`;
  if (showTitle) return `${siteName}: ${title}`;
  return showKind ? `${siteName} – ${kind}` : siteName;
}
