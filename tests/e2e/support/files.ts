/** Lists the files of a built site. */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';

/** Every `.html` file under `dir`, as absolute paths, sorted. */
export function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.html'))
    .map((entry) => join(entry.parentPath, entry.name))
    .sort();
}
