/** robots.txt, generated so the sitemap's address is absolute and follows the base path. */
import type { APIRoute } from 'astro';
import { absolute, siteOrigin, urls } from '../lib/urls';

export const GET: APIRoute = ({ site }) => {
  const sitemap = absolute(urls.path('/sitemap-index.xml'), siteOrigin(site));
  return new Response(`User-agent: *\nAllow: /\n\nSitemap: ${sitemap}\n`, { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
};
