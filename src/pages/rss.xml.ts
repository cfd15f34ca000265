/** The site-wide RSS feed: every story and article, newest first. */
import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { loadSite } from '../data/site';
import { channelData, FEED_XMLNS, feedItems } from '../lib/feeds';
import { t } from '../lib/i18n';
import { absolute, FILES, siteOrigin, urls } from '../lib/urls';

export const GET: APIRoute = async ({ site }) => {
  const origin = siteOrigin(site);
  const content = await loadSite();
  const items = feedItems(content, (collection, id) => absolute(urls.entry(collection, id), origin));
  return rss({
    title: t('nb', 'feedSite'),
    description: 'Nye historier og artikler fra #Semuligheter, kampanjen i inkluderingsdugnaden.',
    site: absolute(urls.route('home'), origin),
    items,
    xmlns: FEED_XMLNS,
    customData: channelData(absolute(urls.path(FILES.feed), origin), items),
  });
};
