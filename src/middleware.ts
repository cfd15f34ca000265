/**
 * Runs on every page as it is rendered (at build time, and in `astro dev`): keeps «CV-en» and the
 * like on one line in all page text, wherever it comes from (content, components, interface text).
 */
import { defineMiddleware } from 'astro:middleware';
import { keepTogetherInHtml } from './lib/keep-together';

export const onRequest = defineMiddleware(async (_context, next) => {
  const response = await next();
  if (!response.headers.get('content-type')?.startsWith('text/html')) return response;
  const html = await response.text();
  return new Response(keepTogetherInHtml(html), { status: response.status, statusText: response.statusText, headers: response.headers });
});
