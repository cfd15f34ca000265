/**
 * Sharing in Chromium: aliases redirect to their page (at the root and under the sub-path), the
 * «Del siden» block works with and without JavaScript, feeds are announced, JSON-LD parses, and
 * print media hides navigation while keeping sources (and a fact sheet fits on one A4 page).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser } from './support/browser';
import { SUB_PATH } from './support/global-setup';
import { entries } from '../content/load';
import { formatDate, type Lang } from '../../src/lib/dates';

const origin = inject('origin');
const subPathOrigin = inject('subPathOrigin');
const pages = inject('pages');
const dist = inject('distDir');
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/** Alias → target pairs from the build's `_redirects` (lines with a trailing slash). */
const aliases = readFileSync(join(dist, '_redirects'), 'utf8')
  .split('\n')
  .filter((line) => line && !line.startsWith('#'))
  .map((line) => line.split(' ') as [string, string, string])
  .filter(([from]) => from.endsWith('/'));

async function withPage<T>(run: (page: Page) => Promise<T>, options: { javaScriptEnabled?: boolean } = {}): Promise<T> {
  const context = await browser.newContext(options);
  try {
    return await run(await context.newPage());
  } finally {
    await context.close();
  }
}

describe('stable links', () => {
  it('the build has the aliases the content declares', () => {
    expect(aliases).toEqual(
      expect.arrayContaining([
        ['/historier/bakeriet/', '/historier/bakeriet-i-trondheim/', '301'],
        ['/virkemidler/ips/', '/virkemidler/individuell-jobbstotte/', '301'],
      ]),
    );
  });

  it.each(aliases)('%s ends on %s', async (from, to) => {
    await withPage(async (page) => {
      await page.goto(origin + from);
      await page.waitForURL(origin + to);
      expect(new URL(page.url()).pathname).toBe(to);
      expect(await page.locator('h1').first().textContent()).toBeTruthy();
    });
  });

  it.each(aliases)(`under ${SUB_PATH}, %s ends on %s`, async (from, to) => {
    await withPage(async (page) => {
      await page.goto(`${subPathOrigin}${SUB_PATH}${from.slice(1)}`);
      await page.waitForURL(`${subPathOrigin}${SUB_PATH}${to.slice(1)}`);
    });
  });

  it.each(aliases)('the page at %s is noindex, names its target as canonical, links to it and has the site icon', async (from, to) => {
    // Parsed with DOMParser, because loading the page would follow its meta refresh away from it.
    const html = await (await fetch(origin + from)).text();
    await withPage(async (page) => {
      await page.goto(`${origin}/`);
      const found = await page.evaluate((text) => {
        const doc = new DOMParser().parseFromString(text, 'text/html');
        return {
          robots: doc.querySelector('meta[name="robots"]')?.getAttribute('content'),
          canonical: doc.querySelector('link[rel="canonical"]')?.getAttribute('href'),
          refresh: doc.querySelector('meta[http-equiv="refresh"]')?.getAttribute('content'),
          link: doc.querySelector('main a')?.getAttribute('href'),
          // Without it a browser asks for /favicon.ico, which the site does not have, while it is sent on.
          icon: doc.querySelector('link[rel="icon"]')?.getAttribute('href'),
        };
      }, html);
      expect(found.robots).toBe('noindex');
      expect(new URL(found.canonical ?? '').pathname).toBe(to);
      expect(found.refresh).toBe(`0; url=${to}`);
      expect(found.link).toBe(to);
      expect(found.icon).toBe('/favicon.svg');
    });
  });
});

describe('feeds and structured data in the page', () => {
  const feedsOf = (page: Page) =>
    page.$$eval('link[rel="alternate"][type="application/rss+xml"]', (links) => links.map((l) => (l as HTMLLinkElement).href));

  // Every page of the site in one test: only the documents are loaded, and the time allowed grows
  // with the page count, since a busy CI machine took over a minute for 185 pages.
  it('every page announces the site feed; a focus area also its own', { timeout: 60_000 + pages.length * 500 }, async () => {
    await withPage(async (page) => {
      await page.route('**/*', (route) => (route.request().resourceType() === 'document' ? route.continue() : route.abort()));
      const missing: string[] = [];
      for (const path of pages) {
        await page.goto(origin + path, { waitUntil: 'domcontentloaded' });
        const feeds = (await feedsOf(page)).map((href) => new URL(href).pathname);
        if (!feeds.includes('/rss.xml')) missing.push(`${path}: site feed`);
        if (/^\/innsatsomrader\/[^/]+\/$/.test(path) && !feeds.includes(`${path}rss.xml`)) missing.push(`${path}: own feed`);
      }
      expect(missing).toEqual([]);
    });
  });

  const jsonLd = (page: Page) =>
    page.$$eval('script[type="application/ld+json"]', (scripts) => scripts.map((s) => s.textContent ?? ''));

  it.each([
    ['/historier/bakeriet-i-trondheim/', 'Bakeriet i Trondheim fant en ny baker gjennom Vi inkluderer'],
    ['/virkemidler/mentor/', undefined],
    ['/aktuelt/brev-fra-ministrene/', undefined],
  ])('%s has Article data with headline, dates, image, publisher and language', async (path, headline) => {
    await withPage(async (page) => {
      await page.goto(origin + path);
      const [text] = await jsonLd(page);
      const data = JSON.parse(text ?? '') as Record<string, unknown>;
      expect(data['@type']).toBe('Article');
      expect(data['headline']).toBe(headline ?? (await page.locator('h1').textContent())?.trim());
      expect(data['datePublished']).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(data['dateModified']).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(data['inLanguage']).toMatch(/^n[bn]-NO$/);
      expect((data['publisher'] as { '@type': string })['@type']).toBe('Organization');
      expect(new URL((data['image'] as string[])[0] ?? '').pathname).toBe(`/del${path.slice(0, -1)}.png`);
    });
  });

  it('the home page describes the campaign as Organization and WebSite', async () => {
    await withPage(async (page) => {
      await page.goto(`${origin}/`);
      const data = (await jsonLd(page)).map((t) => JSON.parse(t) as { '@graph'?: { '@type': string }[] });
      expect(data.flatMap((d) => d['@graph'] ?? []).map((n) => n['@type'])).toEqual(['Organization', 'WebSite']);
    });
  });
});

describe(`under ${SUB_PATH}`, () => {
  it.each(['/', '/historier/bakeriet-i-trondheim/', '/innsatsomrader/opplaering/'])(
    '%s points its share image, feeds and canonical URL into the sub-path, and they exist',
    async (path) => {
      await withPage(async (page) => {
        await page.goto(`${subPathOrigin}${SUB_PATH}${path.slice(1)}`);
        const urls = await page.evaluate(() => [
          document.querySelector('meta[property="og:image"]')?.getAttribute('content') ?? '',
          document.querySelector('meta[property="og:url"]')?.getAttribute('content') ?? '',
          ...[...document.querySelectorAll('link[type="application/rss+xml"]')].map((l) => l.getAttribute('href') ?? ''),
        ]);
        expect(urls.length).toBeGreaterThanOrEqual(3);
        for (const url of urls) {
          const { pathname } = new URL(url);
          expect(pathname.startsWith(SUB_PATH), url).toBe(true);
          expect((await fetch(subPathOrigin + pathname)).status, url).toBe(200);
        }
      });
    },
  );

  it('robots.txt names the sitemap inside the sub-path', async () => {
    const robots = await (await fetch(`${subPathOrigin}${SUB_PATH}robots.txt`)).text();
    expect(robots).toContain(`Sitemap: https://semuligheter.no${SUB_PATH}sitemap-index.xml`);
  });
});

describe('«Del siden»', () => {
  // Campaign pages and articles get the enhanced block; entry pages must load no JavaScript.
  const path = '/for-partnere/';

  it('copies the absolute address and says so', async () => {
    const context = await browser.newContext();
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin });
    const page = await context.newPage();
    await page.goto(origin + path);
    const block = page.locator('section.share-block');
    const input = block.getByLabel('Lenke til denne siden');
    expect(await input.inputValue()).toBe(`https://semuligheter.no${path}`);
    expect(await input.getAttribute('readonly')).not.toBeNull();
    await block.getByRole('button', { name: 'Kopier lenken' }).click();
    await expect.poll(() => block.getByRole('status').textContent()).toBe('Lenken er kopiert.');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(`https://semuligheter.no${path}`);
    await context.close();
  });

  it('has plain share links and shows the system share button only where navigator.share exists', async () => {
    await withPage(async (page) => {
      await page.goto(origin + path);
      const hrefs = await page.locator('section.share-block a[data-share]').evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href));
      expect(hrefs.map((h) => new URL(h).protocol + new URL(h).host)).toEqual(['mailto:', 'https:www.linkedin.com', 'https:www.facebook.com', 'https:x.com']);
      const canShare = await page.evaluate(() => typeof navigator.share === 'function');
      expect(await page.getByRole('button', { name: 'Del med en app' }).isVisible()).toBe(canShare);
      // No third-party scripts: every script comes from the site itself.
      const scripts = await page.$$eval('script[src]', (s) => s.map((e) => (e as HTMLScriptElement).src));
      expect(scripts.filter((src) => !src.startsWith(origin))).toEqual([]);
    });
  });

  it('without JavaScript, shows the address but no buttons that would not work', async () => {
    await withPage(
      async (page) => {
        await page.goto(origin + path);
        expect(await page.getByLabel('Lenke til denne siden').isVisible()).toBe(true);
        expect(await page.getByRole('button', { name: 'Kopier lenken' }).count()).toBe(0);
        expect(await page.getByRole('button', { name: 'Del med en app' }).count()).toBe(0);
      },
      { javaScriptEnabled: false },
    );
  });

  it.each(['/virkemidler/varig-lonnstilskudd/', '/historier/bakeriet-i-trondheim/', '/innsatsomrader/opplaering/'])(
    '%s has the plain block: the address and share links, no script and no dead buttons',
    async (entry) => {
      await withPage(async (page) => {
        await page.goto(origin + entry);
        const block = page.locator('section.share-block');
        expect(await block.getByLabel('Lenke til denne siden').inputValue()).toBe(`https://semuligheter.no${entry}`);
        expect(await block.locator('a[data-share]').count()).toBe(4);
        expect(await block.getByRole('button').count()).toBe(0);
        expect(await page.locator('script[src]').count()).toBe(0);
      });
    },
  );
});

describe('print', () => {
  it.each(['/virkemidler/mentor/', '/historier/bakeriet-i-trondheim/'])('%s hides navigation and sharing but keeps sources, dates and where it comes from', async (path) => {
    await withPage(async (page) => {
      await page.goto(origin + path);
      await page.emulateMedia({ media: 'print' });
      for (const selector of ['body > header', 'body > footer', 'nav', 'form[role="search"]', 'section.share-block']) {
        const visible = await page.locator(selector).evaluateAll((els) => els.filter((e) => getComputedStyle(e).display !== 'none').length);
        expect(visible, selector).toBe(0);
      }
      expect(await page.locator('main time').first().isVisible()).toBe(true);
      if (path.startsWith('/virkemidler/')) expect(await page.locator('.source-list').isVisible()).toBe(true);
      // Other stories' cards print as text, without their illustrations.
      const cardPictures = page.locator('main li > article picture');
      if (path.startsWith('/virkemidler/')) expect(await cardPictures.count()).toBeGreaterThan(0);
      expect(await cardPictures.evaluateAll((els) => els.filter((e) => getComputedStyle(e).display !== 'none').length)).toBe(0);
      const printed = (selector: string) => page.locator(selector).first().evaluate((a) => [getComputedStyle(a, '::after').content, a.getAttribute('href')]);
      if (path.startsWith('/virkemidler/')) {
        const [after, href] = await printed('main .source-list a[href^="http"]');
        expect(after).toBe(`" (${href})"`);
      }
      // Links within the site print as full addresses, not bare paths.
      const [after, href] = await printed('main a.link[href^="/"]:not([data-print-url])');
      expect(after).toBe(`" (https://semuligheter.no${href})"`);
      expect(await page.locator('.print-source').textContent()).toBe(`#Semuligheter · https://semuligheter.no${path}`);
      expect(await page.locator('.print-source').isVisible()).toBe(true);
      await page.emulateMedia({ media: 'screen' });
      expect(await page.locator('body > header').isVisible()).toBe(true);
      expect(await page.locator('.print-source').isVisible()).toBe(false);
    });
  });

  it('every fact sheet prints on one A4 page, and /presse/ links to each of them', async () => {
    const sheets = pages.filter((p) => p.startsWith('/presse/faktaark/'));
    expect(sheets.length).toBe(pages.filter((p) => /^\/virkemidler\/[^/]+\/$/.test(p)).length);
    await withPage(async (page) => {
      await page.goto(`${origin}/presse/`);
      const links = await page.locator('#faktaark ~ ul a').evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
      expect(links.sort()).toEqual([...sheets].sort());
      const tooLong: string[] = [];
      for (const sheet of sheets) {
        await page.goto(origin + sheet);
        await page.emulateMedia({ media: 'print' });
        const pdf = await page.pdf({ format: 'A4', preferCSSPageSize: true });
        const count = pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g)?.length ?? 0;
        if (count !== 1) tooLong.push(`${sheet}: ${count} pages`);
      }
      expect(tooLong).toEqual([]);
    });
  });

  it.each(entries('measures').map((m) => [m.id, m.data.lang as Lang, String(m.data.checked)] as const))(
    'the fact sheet on %s says at its top who publishes it and when its facts were checked, on paper too',
    async (id, lang, checked) => {
      await withPage(async (page) => {
        await page.goto(`${origin}/presse/faktaark/${id}/`);
        await page.emulateMedia({ media: 'print' });
        // The top of the sheet: what is printed above its first section of facts.
        const top = await page.locator('.fact-sheet').evaluate((sheet) => {
          const first = sheet.querySelector('section')!;
          const above = [...sheet.children].filter((el) => el.compareDocumentPosition(first) & Node.DOCUMENT_POSITION_FOLLOWING && !el.contains(first));
          return above.map((el) => (el as HTMLElement).innerText).join('\n');
        });
        expect(top).toContain(lang === 'nn' ? 'Frå #Semuligheter, ein kampanje i inkluderingsdugnaden' : 'Fra #Semuligheter, en kampanje i inkluderingsdugnaden');
        expect(top).toMatch(/faktaark/i); // the label is in capitals
        expect(top).toMatch(/Publisert \d{1,2}\. \p{L}+ \d{4}/u);
        expect(top).toContain(`Kontrollert ${formatDate(new Date(checked), lang)}`);
        for (const line of ['[data-publisher]', '[data-checked]']) expect(await page.locator(`.fact-sheet ${line}`).isVisible(), line).toBe(true);
        // «Kontrollert» stands on the line of the published date.
        const published = await page.locator('.fact-sheet time').first().boundingBox();
        const checkedDate = await page.locator('.fact-sheet [data-checked] time').boundingBox();
        expect(Math.abs(checkedDate!.y - published!.y)).toBeLessThan(4);
      });
    },
  );
});
