/** Absolute, base-aware URLs for the open data files, bound to the site's origin. */
import type { OpenDataUrls } from '../open-data';
import { ENTRY_ROUTES, absolute, urls } from '../urls';
import { cardImagePath } from './cards';
import { factSheetPath } from '../routes';

/** The open data files and their schemas, from the site root. */
export const DATA_FILES = {
  measures: { data: '/virkemidler.json', schema: '/virkemidler.schema.json' },
  stories: { data: '/historier.json', schema: '/historier.schema.json' },
} as const;

/** URL builders for one of the files. */
export function openDataUrls(origin: URL | string, file: keyof typeof DATA_FILES): OpenDataUrls {
  const abs = (path: string) => absolute(path, origin);
  return {
    measure: (id) => abs(urls.entry('measures', id)),
    story: (id) => abs(urls.entry('stories', id)),
    focusArea: (id) => abs(urls.entry('focusAreas', id)),
    factSheet: (id) => abs(urls.path(factSheetPath(id))),
    image: (collection, id) => abs(urls.path(cardImagePath(`/${ENTRY_ROUTES[collection]}/${id}/`))),
    page: abs(urls.route(file)),
    schema: abs(urls.path(DATA_FILES[file].schema)),
  };
}
