// Synthetic stories for the build benchmark: copies of a real story with a new title, one small
// shared SVG (so image processing does not dominate) and plain Markdown only (so a bare Astro + MDX
// project without our components can render the very same files).
import { cpSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** File name prefix of the generated stories. */
export const PREFIX = 'bench-';

/**
 * A synthetic story's MDX from a real story: new title and description, the shared image, no
 * aliases, not featured, and MDX components in the body turned into plain blockquotes.
 * @param {string} template a real story file
 * @param {number} n the story's number
 * @param {string} imageFile file name of the shared image in `images/`
 * @returns {string}
 */
export function syntheticStory(template, n, imageFile) {
  const end = template.indexOf('\n---', 4);
  const front = template
    .slice(0, end)
    .split('\n')
    .filter((line) => !/^aliases:/.test(line))
    .map((line) => {
      if (line.startsWith('title:')) return `title: Bedrift nummer ${n} fant en ny medarbeider med hjelp fra NAV`;
      if (line.startsWith('description:')) return `description: Syntetisk historie ${n} for byggetesten. Den gjenbruker teksten fra en ekte historie.`;
      if (line.startsWith('featured:')) return 'featured: false';
      if (/^\s+src: \.\/images\//.test(line)) return `  src: ./images/${imageFile}`;
      return line;
    })
    .join('\n');
  const body = template
    .slice(end + 4)
    .split('\n')
    .filter((line) => !line.startsWith('import '))
    .map((line) => (/^<[A-Z]/.test(line) ? `> ${line.replace(/<[^>]+>/g, '')}` : line))
    .join('\n');
  return `${front}\n---${body}`;
}

/** The smallest SVG among the story images: processed once, shared by every synthetic story. */
function smallestImage(imagesDir) {
  return readdirSync(imagesDir)
    .filter((f) => f.endsWith('.svg'))
    .sort((a, b) => statSync(join(imagesDir, a)).size - statSync(join(imagesDir, b)).size)[0];
}

/**
 * Copies `contentDir` to `target` and adds `count` synthetic stories to its `stories/`.
 * @returns {string} the folder holding the stories
 */
export function writeSyntheticContent(contentDir, target, count) {
  cpSync(contentDir, target, { recursive: true });
  const stories = join(target, 'stories');
  const template = readFileSync(join(stories, readdirSync(stories).filter((f) => f.endsWith('.mdx')).sort()[0]), 'utf8');
  const image = smallestImage(join(stories, 'images'));
  mkdirSync(stories, { recursive: true });
  for (let n = 1; n <= count; n++) {
    writeFileSync(join(stories, `${PREFIX}${String(n).padStart(5, '0')}.mdx`), syntheticStory(template, n, image));
  }
  return stories;
}
