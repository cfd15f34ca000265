/**
 * The build served by nginx with the configuration in deploy/: security headers equal to
 * `_headers`, long caching only for hashed files, CORS only for the open data and feeds, our 404
 * page, redirects, and a working search.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser } from './support/browser';
import { headersFor, readHeaderRules, SECURITY_HEADERS } from './support/headers';
import { startNginx, type RunningNginx } from './support/nginx';
import { hasSearchIndex, searchIntegrated } from './support/features';
import { recordPage } from './support/record';
import { builtPaths, openDataPaths } from './support/open-data';

const distDir = inject('distDir');
const pages = inject('pages');
/** The plain test server of the same build: another origin than nginx's. */
const otherOrigin = inject('origin');
const rules = readHeaderRules(distDir);
const SECURITY = SECURITY_HEADERS;
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
  expect(res.headers.get('access-control-allow-origin')).toBeNull();
});

describe('open data for other sites (CORS)', () => {
  const OPEN = openDataPaths(pages);

  it.each(OPEN)('serves %s to any origin, with the security headers of _headers, revalidated each time', async (path) => {
    const res = await get(path);
    expect(res.status).toBe(200);
    expect(res.headers.get('access-control-allow-origin')).toBe('*');
    expect(security(res)).toEqual(promised(path));
    expect(Object.values(security(res))).not.toContain(null);
    expect(res.headers.get('cache-control')).toBe('public, max-age=0, must-revalidate');
  });

  it('sends Access-Control-Allow-Origin with the same files as _headers, and no others', async () => {
    const differ: { path: string; nginx: string | null; headers: string | null }[] = [];
    for (const path of builtPaths(distDir)) {
      const res = await fetch(nginx.origin + encodeURI(path), { method: 'HEAD', redirect: 'manual' });
      const sent = res.headers.get('access-control-allow-origin');
      const promise = headersFor(rules, path)['access-control-allow-origin'] ?? null;
      if (sent !== promise) differ.push({ path, nginx: sent, headers: promise });
    }
    expect(differ).toEqual([]);
  });

  it('lets a page on another origin read the open data in Chromium, but not a page', async () => {
    const browser = await launchBrowser();
    try {
      const page = await browser.newPage();
      await page.goto(`${otherOrigin}/`);
      const CLOSED = ['/', '/for-partnere/', '/historier/kort.json'];
      const read = await page.evaluate(
        async ({ origin, paths }) =>
          Object.fromEntries(
            await Promise.all(
              paths.map(async (p) => [p, await fetch(origin + p).then((r) => (r.ok ? 'read' : `status ${r.status}`), () => 'blocked')] as const),
            ),
          ),
        { origin: nginx.origin, paths: [...OPEN, ...CLOSED] },
      );
      expect(read).toEqual(Object.fromEntries([...OPEN.map((p) => [p, 'read']), ...CLOSED.map((p) => [p, 'blocked'])]));
    } finally {
      await browser.close();
    }
  });
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
