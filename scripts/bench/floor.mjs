// The floor for the build benchmark: a bare Astro + MDX project (no layout, no styles, no search,
// no sitemap) with one route that renders each synthetic story, using this repo's node_modules.
import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { PREFIX } from './synthetic.mjs';

/**
 * Writes the bare project into `dir`, reading the stories from `storiesDir`.
 * @param {string} dir empty folder for the project
 * @param {string} storiesDir folder with the synthetic stories
 * @param {string} nodeModules this repository's node_modules
 */
export function writeFloorProject(dir, storiesDir, nodeModules) {
  mkdirSync(join(dir, 'src/pages'), { recursive: true });
  symlinkSync(nodeModules, join(dir, 'node_modules'), 'dir');
  writeFileSync(join(dir, 'package.json'), JSON.stringify({ name: 'bench-floor', private: true, type: 'module' }));
  writeFileSync(
    join(dir, 'astro.config.mjs'),
    `import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
// Its own cache: node_modules is a link to the site's, whose cache must not get the floor's entries.
export default defineConfig({ integrations: [mdx()], build: { format: 'directory' }, devToolbar: { enabled: false }, cacheDir: './.astro-cache' });
`,
  );
  writeFileSync(
    join(dir, 'src/content.config.ts'),
    `import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';
export const collections = {
  stories: defineCollection({
    loader: glob({ pattern: '${PREFIX}*.mdx', base: ${JSON.stringify(storiesDir)} }),
    schema: z.looseObject({ title: z.string() }),
  }),
};
`,
  );
  writeFileSync(
    join(dir, 'src/pages/[slug].astro'),
    `---
import { getCollection, render } from 'astro:content';
export async function getStaticPaths() {
  const stories = await getCollection('stories');
  return stories.map((entry) => ({ params: { slug: entry.id }, props: { entry } }));
}
const { entry } = Astro.props;
const { Content } = await render(entry);
---
<html lang="nb"><head><meta charset="utf-8" /><title>{entry.data.title}</title></head>
<body><h1>{entry.data.title}</h1><Content /></body></html>
`,
  );
}
