/** RSS feed items: everything new on the site (stories and articles), newest first. */
import type { Lang } from './dates';
import { t } from './i18n';
import { ARTICLE_KINDS, label } from './taxonomy';
import { documentDateSentence } from './document-date';

/** Path of a focus area's feed, from the site root. */
export function focusAreaFeedPath(id: string): string {
  return `/innsatsomrader/${id}/rss.xml`;
}

/** One feed item in the shape @astrojs/rss takes. */
export interface FeedItem {
  title: string;
  /** Absolute URL of the page. */
  link: string;
  pubDate: Date;
  description: string;
  categories: string[];
}

type Ref = { id: string };
interface Entry<D> {
  id: string;
  data: D & { title: string; description: string; published: Date; lang: Lang };
}

/** The content a feed is built from. */
export interface FeedSource {
  stories: Entry<{ focusArea: Ref; illustrative: boolean }>[];
  articles: Entry<{ kind: string; documentDate: string; focusAreas: Ref[] }>[];
  focusAreas: Entry<{ shortTitle: string }>[];
}

/**
 * Feed items for stories and articles, newest first.
 * @param source - the site's content
 * @param link - builds a page's absolute URL from its collection and id
 * @param focusArea - when given, only items in this focus area (the focus-area feeds)
 */
export function feedItems(
  source: FeedSource,
  link: (collection: 'stories' | 'articles', id: string) => string,
  focusArea?: string,
): FeedItem[] {
  const areaName = (ref: Ref) => source.focusAreas.find((f) => f.id === ref.id)?.data.shortTitle;
  const inArea = (refs: Ref[]) => focusArea === undefined || refs.some((r) => r.id === focusArea);
  const names = (refs: Ref[]) => refs.map(areaName).filter((n): n is string => n !== undefined);
  const stories = source.stories
    .filter((s) => inArea([s.data.focusArea]))
    .map((s) => {
      // Feed readers often show only the title, so an invented story says so there.
      const example = s.data.illustrative ? t(s.data.lang, 'illustrativeLabel') : undefined;
      return {
        title: example ? `${example}: ${s.data.title}` : s.data.title,
        link: link('stories', s.id),
        pubDate: s.data.published,
        description: s.data.description,
        categories: [t(s.data.lang, 'kindStory'), ...(example ? [example] : []), ...names([s.data.focusArea])],
      };
    });
  const articles = source.articles
    .filter((a) => inArea(a.data.focusAreas))
    .map((a) => ({
      title: a.data.title,
      link: link('articles', a.id),
      pubDate: a.data.published,
      // The feed's date is when the site published the retelling; the document may be years older.
      description: `${documentDateSentence(a.data.kind, a.data.documentDate, a.data.lang)} ${a.data.description}`,
      categories: [label(ARTICLE_KINDS, a.data.kind, a.data.lang), ...names(a.data.focusAreas)],
    }));
  // Ties keep a stable order (by link) so the feed does not reshuffle between builds.
  return [...stories, ...articles].sort((a, b) => b.pubDate.getTime() - a.pubDate.getTime() || a.link.localeCompare(b.link));
}

/** Namespaces a feed needs for channelData's `atom:link`. */
export const FEED_XMLNS = { atom: 'http://www.w3.org/2005/Atom' };

/**
 * The channel elements @astrojs/rss does not write itself: the language, the feed's own address
 * (feed readers and validators use it to find the feed again) and lastBuildDate, taken from the
 * newest item so that rebuilding unchanged content gives an unchanged feed.
 * @param selfUrl - the feed's absolute URL
 * @param items - the feed's items
 */
export function channelData(selfUrl: string, items: readonly FeedItem[]): string {
  const escaped = selfUrl.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
  const newest = items.reduce<Date | undefined>((max, i) => (max === undefined || i.pubDate > max ? i.pubDate : max), undefined);
  return [
    '<language>nb-no</language>',
    `<atom:link href="${escaped}" rel="self" type="application/rss+xml"/>`,
    ...(newest ? [`<lastBuildDate>${newest.toUTCString()}</lastBuildDate>`] : []),
  ].join('');
}
