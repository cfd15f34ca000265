/**
 * The build served by nginx with the configuration in deploy/: security headers equal to
 * `_headers`, long caching only for hashed files, our 404 page, redirects, and a working search.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser } from './support/browser';
import { headersFor, readHeaderRules } from './support/headers';
import { startNginx, type RunningNginx } from './support/nginx';
import { hasSearchIndex, searchIntegrated } from './support/features';
import { recordPage } from './support/record';

const distDir = inject('distDir');
const pages = inject('pages');
const rules = readHeaderRules(distDir);
const SECURITY = [
  'content-security-policy',
  'x-content-type-options',
  'x-frame-options',
  'referrer-policy',
  'permissions-policy',
  'cross-origin-opener-policy',
  'strict-transport-security',
];
const IMMUTABLE = 'public, max-age=31536000, immutable';

let nginx: RunningNginx;

beforeAll(async () => {
  nginx = await startNginx(distDir);
});
afterAll(async () => {
  await nginx?.close();
});

const get = (path: string) => fetch(nginx.origin + path, { redirect: 'manual' });

/** The security headers of a response, to compare with what `_headers` promises. */
function security(res: Response): Record<string, string | null> {
  return Object.fromEntries(SECURITY.map((name) => [name, res.headers.get(name)]));
}
const promised = (path: string) => Object.fromEntries(SECURITY.map((name) => [name, headersFor(rules, path)[name] ?? null]));

it.each(pages)('serves %s with the same security headers as _headers, revalidated each time', async (path) => {
  const res = await get(path);
  expect(res.status).toBe(200);
  expect(res.headers.get('content-type')).toMatch(/^text\/html/);
  expect(security(res)).toEqual(promised(path));
  expect(res.headers.get('cache-control')).toBe('public, max-age=0, must-revalidate');
});

describe('caching', () => {
  it('caches the hashed CSS and images in /_astro/ for a year, immutable', async () => {
    const files = readdirSync(join(distDir, '_astro')).filter((f) => /\.(css|js|svg|webp|avif)$/.test(f));
    expect(files.length).toBeGreaterThan(0);
    for (const file of files.slice(0, 5)) {
      const res = await get(`/_astro/${file}`);
      expect({ file, status: res.status, cache: res.headers.get('cache-control') }).toEqual({ file, status: 200, cache: IMMUTABLE });
      expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    }
  });

  it('serves CSS compressed', async () => {
    const css = readdirSync(join(distDir, '_astro')).find((f) => f.endsWith('.css'));
    const res = await fetch(`${nginx.origin}/_astro/${css}`, { headers: { 'accept-encoding': 'gzip' } });
    expect(res.headers.get('content-encoding')).toBe('gzip');
  });

  it(searchIntegrated ? 'caches Pagefind’s hashed chunks, but not its entry files' : 'has no Pagefind bundle yet (no src/integrations/search-index.ts)', async () => {
    if (!searchIntegrated) {
      expect(hasSearchIndex(distDir)).toBe(false);
      return;
    }
    expect(hasSearchIndex(distDir), 'the search integration exists but the build has no pagefind/pagefind.js').toBe(true);
    const fragment = readdirSync(join(distDir, 'pagefind/fragment'))[0];
    expect((await get(`/pagefind/fragment/${fragment}`)).headers.get('cache-control')).toBe(IMMUTABLE);
    for (const file of ['pagefind.js', 'pagefind-entry.json']) {
      const res = await get(`/pagefind/${file}`);
      expect({ file, status: res.status, cache: res.headers.get('cache-control') }).toEqual({
        file,
        status: 200,
        cache: 'public, max-age=0, must-revalidate',
      });
    }
  });
});

describe('errors and redirects', () => {
  it('answers a missing page with status 404 and our 404 page', async () => {
    const res = await get('/denne-siden-finnes-ikke/');
    expect(res.status).toBe(404);
    const ownTitle = /<title>[^<]+<\/title>/.exec(readFileSync(join(distDir, '404.html'), 'utf8'))?.[0];
    expect(ownTitle).toBeTruthy();
    expect(await res.text()).toContain(ownTitle);
    expect(security(res)).toEqual(promised('/denne-siden-finnes-ikke/'));
  });

  it('redirects a folder without its trailing slash (301 to /historier/)', async () => {
    const res = await get('/historier');
    expect(res.status).toBe(301);
    expect(res.headers.get('location')).toBe('/historier/');
  });

  it('redirects every alias in _redirects with a 301 to its page', async () => {
    const lines = readFileSync(join(distDir, '_redirects'), 'utf8')
      .split('\n')
      .filter((l) => l.trim() && !l.startsWith('#'))
      .map((l) => l.trim().split(/\s+/));
    for (const [from = '', to = ''] of lines) {
      const res = await get(from);
      expect({ from, status: res.status, location: res.headers.get('location') }).toEqual({ from, status: 301, location: to });
      expect((await get(to)).status).toBe(200);
    }
  });

  it('does not publish the Netlify files', async () => {
    expect((await get('/_headers')).status).toBe(404);
    expect((await get('/_redirects')).status).toBe(404);
  });
});

it(searchIntegrated ? 'finds «mentor» through nginx in Chromium' : 'has no search to try yet (no src/integrations/search-index.ts)', async () => {
  if (!searchIntegrated) {
    expect(hasSearchIndex(distDir)).toBe(false);
    return;
  }
  expect(hasSearchIndex(distDir), 'the search integration exists but the build has no pagefind/pagefind.js').toBe(true);
  const browser = await launchBrowser();
  try {
    const context = await browser.newContext();
    const record = await recordPage(context, `${nginx.origin}/sok/?q=mentor`, async (page) => {
      await page.locator('main a[href*="/virkemidler/mentor/"]').first().waitFor({ timeout: 15_000 });
    });
    expect(record.violations).toEqual([]);
    expect(record.consoleErrors).toEqual([]);
  } finally {
    await browser.close();
  }
});
