/** Reads the real content files' frontmatter with a YAML parser, for content invariants. */
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parse } from 'yaml';

export const CONTENT = resolve(import.meta.dirname, '../../content');

export interface Entry {
  id: string;
  file: string;
  data: Record<string, any>;
  body: string;
}

/** Every published (non-draft) entry in a content folder. */
export function entries(folder: string): Entry[] {
  const dir = join(CONTENT, folder);
  return readdirSync(dir)
    .filter((f) => /^[^_].*\.mdx?$/.test(f))
    .map((f) => {
      const text = readFileSync(join(dir, f), 'utf8');
      const match = /^---\r?\n([\s\S]*?)\r?\n---\r?\n([\s\S]*)$/.exec(text);
      if (!match) throw new Error(`${folder}/${f} has no frontmatter`);
      return { id: f.replace(/\.mdx?$/, ''), file: `content/${folder}/${f}`, data: parse(match[1]!), body: match[2]! };
    });
}

/** A YAML data file (a list of objects with ids). */
export function dataFile(name: string): Record<string, any>[] {
  return parse(readFileSync(join(CONTENT, name), 'utf8'));
}
