/**
 * Builds the site once (at the root and under a sub-path), serves both on 127.0.0.1,
 * and hands the test files their origins and the page list from the sitemap.
 */
import { rmSync } from 'node:fs';
import type { TestProject } from 'vitest/node';
import { buildSite } from './build';
import { serve } from './server';
import { sitemapPaths } from './sitemap';

export const SUB_PATH = '/semuligheter/';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Origin of the site built at `/`. */
    origin: string;
    /** Origin of the site built under SUB_PATH. */
    subPathOrigin: string;
    /** Every page path in the sitemap of the root build, for example `/historier/`. */
    pages: string[];
    /** Folder of the root build. */
    distDir: string;
  }
}

export default async function setup(project: TestProject) {
  // A folder per run, so two test runs on one machine never build into each other's output.
  const dir = `.tmp/e2e-${process.pid}`;
  const dist = buildSite(`${dir}/dist`);
  const distBase = buildSite(`${dir}/dist-base`, { BASE_PATH: SUB_PATH });
  const root = await serve(dist);
  const sub = await serve(distBase, SUB_PATH);
  project.provide('origin', root.origin);
  project.provide('subPathOrigin', sub.origin);
  project.provide('pages', sitemapPaths(dist));
  project.provide('distDir', dist);
  return async () => {
    await root.close();
    await sub.close();
    rmSync(dir, { recursive: true, force: true });
  };
}
