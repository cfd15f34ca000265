/** Open data: every measure with its structured fields (shape: /virkemidler.schema.json). */
import type { APIRoute } from 'astro';
import { loadSite } from '../data/site';
import { measuresFile } from '../lib/open-data';
import { openDataUrls } from '../lib/share/data-urls';
import { siteOrigin } from '../lib/urls';

export const GET: APIRoute = async ({ site }) => {
  const data = measuresFile(await loadSite(), openDataUrls(siteOrigin(site), 'measures'));
  return new Response(`${JSON.stringify(data, null, 2)}\n`, { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
