/** The names the site uses, for «Mente du …?» on a search with no results (src/lib/search/suggest.ts). */
import type { APIRoute } from 'astro';
import { loadSite } from '../../data/site';
import { siteNames } from '../../lib/search/site-names';
import { suggestionWords } from '../../lib/search/suggest';

export const GET: APIRoute = async () => {
  const words = suggestionWords(siteNames(await loadSite()));
  return new Response(JSON.stringify(words), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
