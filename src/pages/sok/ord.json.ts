/** The names the site uses, for «Mente du …?» on a search with no results (src/lib/search/suggest.ts). */
import type { APIRoute } from 'astro';
import { loadSite } from '../../data/site';
import { suggestionWords } from '../../lib/search/suggest';
import { COUNTIES, INDUSTRIES, TARGET_GROUPS, type Term } from '../../lib/taxonomy';

export const GET: APIRoute = async () => {
  const site = await loadSite();
  // Not the measures' other names: some are misspellings, kept so that a search finds them.
  const names = (data: { title: string; shortTitle?: string | undefined }) => [data.title, data.shortTitle ?? ''];
  const labels = (terms: readonly Term[]) => terms.flatMap((t) => [t.nb, t.nn, ...(t.searchWords ?? [])]);
  const texts = [
    ...site.measures.flatMap((e) => names(e.data)),
    ...site.focusAreas.flatMap((e) => names(e.data)),
    ...[...site.articles, ...site.pages, ...site.stories].map((e) => e.data.title),
    ...labels(INDUSTRIES),
    ...labels(COUNTIES),
    ...labels(TARGET_GROUPS),
  ];
  return new Response(JSON.stringify(suggestionWords(texts)), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
