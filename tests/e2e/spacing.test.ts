/**
 * Every built page keeps the spaces around its links. A line break between a word and a link in a
 * template can be dropped when Astro compacts the HTML (inside <noscript>, for one), which glues
 * the word to the link («ogalle historiene»).
 */
import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { htmlFiles } from './support/files';

const distDir = inject('distDir');
const files = htmlFiles(distDir);

/** A letter right before a link's start tag, or right after its end tag. */
const GLUED = /\p{L}<a\s[^>]*>[^<]{0,40}|[^>]{0,40}<\/a>\p{L}/gu;

describe.each(files.map((file) => [relative(distDir, file), file]))('%s', (_, file) => {
  it('has no word run into a link', () => {
    expect(readFileSync(file, 'utf8').match(GLUED) ?? []).toEqual([]);
  });
});
