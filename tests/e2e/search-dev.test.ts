/**
 * Search in the dev server: `astro dev` under a base path builds its index from the pages it
 * renders, serves it at <base>pagefind/, and the search page finds content with it.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { rmSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchBrowser } from './support/browser';
import { ROOT } from './support/build';
import { collectErrors, pathOf, resultsAfter, shownResults } from './search-support';

const BASE = '/semuligheter/';
const cacheDir = resolve(ROOT, `.tmp/search-dev-cache-${process.pid}`);
let dev: ChildProcess | undefined;
let origin = '';
let browser: Browser;

/** A port nothing listens on right now. */
function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const server = createServer();
    server.once('error', fail);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => done(port));
    });
  });
}

/** Polls the dev server until it answers, or fails with its output. */
async function waitForServer(url: string, output: () => string): Promise<void> {
  const deadline = Date.now() + 120_000;
  while (Date.now() < deadline) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error(`astro dev did not start:\n${output()}`);
}

/** The environment for `astro dev`: Vitest's own variables (NODE_ENV=test, VITEST…) make it answer 404. */
function devEnv(): NodeJS.ProcessEnv {
  const env = Object.fromEntries(Object.entries(process.env).filter(([key]) => !key.startsWith('VITEST')));
  return { ...env, NODE_ENV: 'development', BASE_PATH: BASE, ASTRO_CACHE_DIR: cacheDir };
}

beforeAll(async () => {
  const port = await freePort();
  origin = `http://127.0.0.1:${port}`;
  let output = '';
  dev = spawn(process.execPath, ['node_modules/astro/bin/astro.mjs', 'dev', '--ignore-lock', '--host', '127.0.0.1', '--port', String(port)], {
    cwd: ROOT,
    env: devEnv(),
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  });
  dev.stdout?.on('data', (d: Buffer) => (output += d.toString()));
  dev.stderr?.on('data', (d: Buffer) => (output += d.toString()));
  await waitForServer(`${origin}${BASE}`, () => output);
  browser = await launchBrowser();
}, 180_000);

afterAll(async () => {
  await browser?.close();
  // The dev server runs in its own process group; end that group only.
  if (dev?.pid) process.kill(-dev.pid, 'SIGTERM');
  rmSync(cacheDir, { recursive: true, force: true });
});

it('astro dev under a base path serves a search index built from its own pages', async () => {
  const page = await browser.newPage();
  const errors = collectErrors(page);
  await page.goto(`${origin}${BASE}sok/?q=lonnstilskudd`);
  const { hrefs } = await shownResults(page);
  expect(hrefs.map(pathOf)).toContain(`${BASE}virkemidler/midlertidig-lonnstilskudd/`);
  // Typing a new query searches the same live index.
  const typed = await resultsAfter(page, () => page.fill('#sok-q', 'mentor'));
  expect(typed.status).toMatch(/«mentor»/);
  expect(new URL(page.url()).searchParams.get('q')).toBe('mentor');
  expect(pathOf(typed.hrefs[0] ?? '')).toBe(`${BASE}virkemidler/mentor/`);
  expect(errors.filter((e) => !/\[vite\]/.test(e))).toEqual([]);
  await page.close();
}, 240_000);
