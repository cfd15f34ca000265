/** One RSS feed per focus area: its stories and articles, newest first. */
import rss from '@astrojs/rss';
import type { APIRoute, GetStaticPaths } from 'astro';
import { loadSite } from '../../../data/site';
import { channelData, FEED_XMLNS, feedItems, focusAreaFeedPath } from '../../../lib/feeds';
import { t } from '../../../lib/i18n';
import { absolute, siteOrigin, urls } from '../../../lib/urls';

export const getStaticPaths = (async () => {
  const site = await loadSite();
  return site.focusAreas.map((area) => ({ params: { slug: area.id }, props: { areaId: area.id, title: area.data.title } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ areaId: string; title: string }> = async ({ props, site }) => {
  const origin = siteOrigin(site);
  const content = await loadSite();
  const items = feedItems(content, (collection, id) => absolute(urls.entry(collection, id), origin), props.areaId);
  return rss({
    title: `${t('nb', 'feedSite')}: ${props.title}`,
    description: `Nye historier og artikler fra #Semuligheter om innsatsområdet «${props.title}».`,
    site: absolute(urls.entry('focusAreas', props.areaId), origin),
    items,
    xmlns: FEED_XMLNS,
    customData: channelData(absolute(urls.path(focusAreaFeedPath(props.areaId)), origin), items),
  });
};
