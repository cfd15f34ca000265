/**
 * Privacy and security on every page of the sitemap, served with the headers from `_headers`:
 * a strict CSP with zero violations, no request to another origin, no cookies, no inline code,
 * Pagefind still works under the CSP, and URL parameters are only ever shown as text.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchBrowser } from './support/browser';
import { headersFor, readHeaderRules, SECURITY_HEADERS } from './support/headers';
import { recordPage, type PageRecord } from './support/record';
import { serve, type RunningServer } from './support/server';
import { hasSearchIndex, searchIntegrated } from './support/features';
import { builtPaths, openDataPaths } from './support/open-data';

const distDir = inject('distDir');
const pages = inject('pages');
const plainOrigin = inject('origin');
const rules = readHeaderRules(distDir);
const MISSING = '/denne-siden-finnes-ikke/';

let server: RunningServer;
let browser: Browser;
let context: BrowserContext;

beforeAll(async () => {
  server = await serve(distDir, '/', { headers: (path) => headersFor(rules, path) });
  browser = await launchBrowser();
  context = await browser.newContext();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** The directives of a CSP header, by name. */
function directives(csp: string): Map<string, string[]> {
  return new Map(
    csp
      .split(';')
      .map((d) => d.trim().split(/\s+/))
      .filter((parts) => parts[0])
      .map(([name, ...values]) => [name as string, values]),
  );
}

describe('the _headers file', () => {
  const page = headersFor(rules, '/historier/');
  const csp = directives(page['content-security-policy'] ?? '');

  it('sends a strict CSP on pages', () => {
    expect(csp.get('default-src')).toEqual(["'self'"]);
    expect(csp.get('script-src')).toEqual(["'self'", "'wasm-unsafe-eval'"]);
    expect(csp.get('style-src')).toEqual(["'self'"]);
    expect(csp.get('object-src')).toEqual(["'none'"]);
    expect(csp.get('frame-ancestors')).toEqual(["'none'"]);
    expect(csp.get('base-uri')).toEqual(["'self'"]);
    expect(csp.get('form-action')).toEqual(["'self'"]);
  });

  it('sends the other security headers on pages', () => {
    expect(page).toMatchObject({
      'x-content-type-options': 'nosniff',
      'x-frame-options': 'DENY',
      'referrer-policy': 'strict-origin-when-cross-origin',
      'cross-origin-opener-policy': 'same-origin',
    });
    expect(page['strict-transport-security']).toMatch(/^max-age=\d{8,}/);
    expect(page['permissions-policy']).toContain('camera=()');
  });

  it.each(['/_astro/Base.abc123.css', '/pagefind/fragment/nb_abc.pf_fragment', '/pagefind/index/nb_abc.pf_index'])(
    'caches the hashed file %s for a year, immutable',
    (path) => {
      expect(headersFor(rules, path)['cache-control']).toBe('public, max-age=31536000, immutable');
    },
  );

  it.each(['/', '/historier/', '/pagefind/pagefind.js', '/pagefind/pagefind-entry.json', '/favicon.svg'])(
    'never marks the unhashed %s immutable',
    (path) => {
      expect(headersFor(rules, path)['cache-control'] ?? '').not.toContain('immutable');
    },
  );

  describe('CORS for the open data', () => {
    const SECURITY = SECURITY_HEADERS;
    const pick = (headers: Record<string, string>) => Object.fromEntries(SECURITY.map((name) => [name, headers[name]]));

    it.each(openDataPaths(pages))('lets a page on any origin fetch %s, and still sends the security headers', (path) => {
      const headers = headersFor(rules, path);
      expect(headers['access-control-allow-origin']).toBe('*');
      expect(pick(headers)).toEqual(pick(page));
      expect(Object.values(pick(headers))).not.toContain(undefined);
    });

    it.each(['/', '/for-partnere/', '/virkemidler/', '/historier/', '/innsatsomrader/senke-terskelen/', '/historier/kort.json', '/sitemap-index.xml'])(
      'sends no CORS header with %s',
      (path) => {
        expect(headersFor(rules, path)).not.toHaveProperty('access-control-allow-origin');
      },
    );

    it('sends it with exactly those files of the build, and no page', () => {
      const open = builtPaths(distDir).filter((path) => headersFor(rules, path)['access-control-allow-origin'] !== undefined);
      expect(open).toEqual([...openDataPaths(pages)].sort());
      expect(pages.filter((path) => headersFor(rules, path)['access-control-allow-origin'] !== undefined)).toEqual([]);
    });
  });
});

describe.each([...pages, MISSING])('%s with the CSP', (path) => {
  let record: PageRecord;

  beforeAll(async () => {
    record = await recordPage(context, server.origin + path);
  });

  it('is served with the CSP from _headers', () => {
    expect(record.status).toBe(path === MISSING ? 404 : 200);
    expect(record.headers['content-security-policy']).toBe(headersFor(rules, path)['content-security-policy']);
  });

  it('has no CSP violations and no console errors', () => {
    expect(record.violations).toEqual([]);
    // The 404 page's own status is reported as an error by Chromium; that one is expected.
    const ownStatus = path === MISSING ? /status of 404/ : /^$/;
    expect(record.consoleErrors.filter((m) => !ownStatus.test(m))).toEqual([]);
  });

  it('requests nothing from another origin', () => {
    const foreign = record.requested.filter((url) => !url.startsWith(`${server.origin}/`) && !url.startsWith('data:'));
    expect(foreign).toEqual([]);
  });

  it('has no inline scripts or inline event handlers', () => {
    expect(record.inlineCode).toEqual([]);
  });
});

it('no page set a cookie', async () => {
  expect(await context.cookies()).toEqual([]);
});

describe('search under the CSP', () => {
  it(searchIntegrated ? 'finds «mentor» with Pagefind and no CSP violation' : 'is not part of the project yet (no src/integrations/search-index.ts)', async () => {
    if (!searchIntegrated) {
      expect(hasSearchIndex(distDir)).toBe(false);
      return;
    }
    expect(hasSearchIndex(distDir), 'the search integration exists but the build has no pagefind/pagefind.js').toBe(true);
    const record = await recordPage(context, `${server.origin}/sok/?q=mentor`, async (page) => {
      await page.locator('main a[href*="/virkemidler/mentor/"]').first().waitFor({ timeout: 15_000 });
    });
    // The results came from Pagefind's index, which its WebAssembly reads (allowed by 'wasm-unsafe-eval').
    expect(record.resources.some((r) => /\/pagefind\/.+\.pf_(index|fragment|meta)$/.test(r.url) && r.status === 200)).toBe(true);
    expect(record.violations).toEqual([]);
    expect(record.consoleErrors).toEqual([]);
  });
});

describe('URL parameters are shown as text, never run', () => {
  const PAYLOADS = [
    '"><img data-xss src=x onerror="alert(1)">',
    "'><svg data-xss onload=alert(2)>",
    '<script data-xss>alert(3)</script>',
    '</textarea></title><iframe data-xss srcdoc="<script>parent.alert(4)</script>"></iframe>',
    'javascript:alert(5)',
  ];
  const TARGETS = ['/sok/', '/historier/', '/veiviser/'].filter((p) => pages.includes(p));

  it('covers the pages that read URL parameters', () => {
    expect(TARGETS).toEqual(expect.arrayContaining(['/sok/', '/historier/']));
  });

  /** Parameter names the page reads: its form controls and the query keys of its own links. */
  async function parameterNames(page: Page, path: string): Promise<string[]> {
    await page.goto(plainOrigin + path, { waitUntil: 'networkidle' });
    const names = await page.evaluate((here) => {
      const fromForms = [...document.querySelectorAll('main [name], form[role="search"] [name]')].map((el) => el.getAttribute('name') ?? '');
      const fromLinks = [...document.querySelectorAll('a[href*="?"]')]
        .map((a) => new URL((a as HTMLAnchorElement).href))
        .filter((u) => u.pathname === here)
        .flatMap((u) => [...u.searchParams.keys()]);
      return [...fromForms, ...fromLinks];
    }, path);
    return [...new Set(['q', ...names.filter(Boolean)])];
  }

  it.each(TARGETS)('%s', async (path) => {
    const page = await browser.newPage();
    const dialogs: string[] = [];
    page.on('dialog', (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
    try {
      const names = await parameterNames(page, path);
      for (const payload of PAYLOADS) {
        const query = new URLSearchParams(names.map((n) => [n, payload]));
        await page.goto(`${plainOrigin}${path}?${query}`, { waitUntil: 'networkidle' });
        await page.waitForTimeout(300);
        const injected = await page.evaluate(() => [
          ...[...document.querySelectorAll('[data-xss]')].map((el) => el.outerHTML.slice(0, 80)),
          ...[...document.querySelectorAll('[href^="javascript:" i], [src^="javascript:" i]')].map((el) => el.outerHTML.slice(0, 80)),
        ]);
        expect({ payload, names, injected, dialogs }).toEqual({ payload, names, injected: [], dialogs: [] });
      }
    } finally {
      await page.close();
    }
  });
});
