/**
 * Loads every collection once per build and checks it as a whole. Routes call `loadSite()`;
 * everything after that is pure functions in src/lib/.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { readFile } from 'node:fs/promises';
import { findBrokenReferences, findImpossibleDates, findUrlClashes } from '../lib/integrity';
import { byOrder, byPublishedDesc } from '../lib/entries';
import { byDocumentDateDesc } from '../lib/document-date';

export interface Site {
  stories: CollectionEntry<'stories'>[];
  measures: CollectionEntry<'measures'>[];
  focusAreas: CollectionEntry<'focusAreas'>[];
  articles: CollectionEntry<'articles'>[];
  pages: CollectionEntry<'pages'>[];
  partners: CollectionEntry<'partners'>[];
  toolkit: CollectionEntry<'toolkit'>[];
}

let cached: Promise<Site> | undefined;

async function load(): Promise<Site> {
  const [stories, measures, focusAreas, articles, pages, partners, toolkit] = await Promise.all([
    getCollection('stories'),
    getCollection('measures'),
    getCollection('focusAreas'),
    getCollection('articles'),
    getCollection('pages'),
    getCollection('partners'),
    getCollection('toolkit'),
  ]);
  const all = [...stories, ...measures, ...focusAreas, ...articles, ...pages, ...partners, ...toolkit];
  const datesInFiles = await Promise.all(
    all.filter((e) => e.filePath).map(async (e) => findImpossibleDates(e.filePath!, await readFile(e.filePath!, 'utf8'))),
  );
  const problems = [
    ...datesInFiles.flat(),
    ...findBrokenReferences(all),
    ...findUrlClashes([...stories, ...measures, ...focusAreas, ...articles, ...pages].map((e) => ({ ...e, aliases: e.data.aliases }))),
  ];
  if (problems.length > 0) {
    throw new Error(`Invalid content:\n  ${problems.join('\n  ')}`);
  }
  return {
    stories: stories.sort(byPublishedDesc),
    measures: measures.sort((a, b) => a.data.title.localeCompare(b.data.title, 'nb')),
    focusAreas: focusAreas.sort(byOrder),
    // Retellings published the same day come newest document first.
    articles: articles.sort((a, b) => byPublishedDesc(a, b) || byDocumentDateDesc(a, b)),
    pages,
    partners,
    toolkit: toolkit.sort(byOrder),
  };
}

/** All content, validated: throws with every broken reference or URL clash, naming file and field. */
export function loadSite(): Promise<Site> {
  cached ??= load();
  return cached;
}
