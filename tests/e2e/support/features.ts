/** Which optional features a build has, so tests can wait for a feature instead of skipping it. */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from './build';

/** Search (Pagefind) is part of the project once its integration exists in src/. */
export const searchIntegrated = existsSync(join(ROOT, 'src/integrations/search-index.ts'));

/** Whether `distDir` contains the Pagefind bundle. */
export function hasSearchIndex(distDir: string): boolean {
  return existsSync(join(distDir, 'pagefind/pagefind.js'));
}

/** Whether `path` is one entry's page in `section`, for example `/virkemidler/mentor/`. */
export function isEntryPage(path: string, section: string): boolean {
  return new RegExp(`^/${section}/[^/]+/$`).test(path);
}
