/** Open data: every story with its facets and measures (shape: /historier.schema.json). */
import type { APIRoute } from 'astro';
import { loadSite } from '../data/site';
import { storiesFile } from '../lib/open-data';
import { openDataUrls } from '../lib/share/data-urls';
import { siteOrigin } from '../lib/urls';

export const GET: APIRoute = async ({ site }) => {
  const data = storiesFile(await loadSite(), openDataUrls(siteOrigin(site), 'stories'));
  return new Response(`${JSON.stringify(data, null, 2)}\n`, { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
