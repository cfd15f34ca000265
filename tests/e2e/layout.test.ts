/** Page layout details that the per-page checks in pages.test.ts do not cover. */
import { afterAll, beforeAll, expect, inject, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchBrowser } from './support/browser';
import { brokenAbbreviations } from './support/words';

const origin = inject('origin');
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

it.each([375, 1280])('at %i px the home page’s last coloured band meets the footer, with no white strip between', async (width) => {
  const page = await browser.newPage({ viewport: { width, height: 800 } });
  await page.goto(`${origin}/`);
  const gap = await page.evaluate(() => {
    const band = document.querySelector('main [data-band-at-end]');
    const footer = document.querySelector('body > footer');
    return band && footer ? footer.getBoundingClientRect().top - band.getBoundingClientRect().bottom : NaN;
  });
  expect(gap).toBe(0);
  await page.close();
});

it.each([
  // pages with «CV-en» in cards, leads, prose, the footer and cards drawn in the browser (two filters)
  '/',
  '/historier/',
  '/historier/?fylke=vestland&bransje=undervisning',
  '/innsatsomrader/senke-terskelen/',
  '/historier/barnehagen-i-bergen/',
])('on %s no «CV-en» breaks at its hyphen at any width from 320 to 480 px', async (path) => {
  const page = await browser.newPage({ viewport: { width: 320, height: 800 } });
  await page.goto(`${origin}${path}`);
  if (path.includes('&')) {
    // Two filters: the list is drawn in the browser (src/scripts/story-card.ts).
    await page.waitForFunction(() => {
      const shown = document.querySelectorAll('[data-story]:not([hidden])');
      return shown.length > 0 && shown.length < 12 && [...shown].some((li) => li.querySelector('a[href*="barnehagen-i-bergen"]'));
    });
  }
  const broken: string[] = [];
  let seen = 0;
  for (let width = 320; width <= 480; width += 4) {
    await page.setViewportSize({ width, height: 800 });
    broken.push(...(await brokenAbbreviations(page)).map((b) => `${width} px: ${b}`));
    seen += await page.evaluate(() => (document.body.textContent ?? '').match(/CV-en/g)?.length ?? 0);
  }
  expect(seen).toBeGreaterThan(0);
  expect(broken).toEqual([]);
  await page.close();
});

it.each([
  // pages with a side column beside the main text
  '/historier/bakeriet-i-trondheim/',
  '/innsatsomrader/psykisk-helse/',
  '/veiviser/resultat/unge/oppfolging/ny/',
])('at 1024 px with text at 200 per cent on %s, the main text stays wider than the side column', async (path) => {
  const page = await browser.newPage({ viewport: { width: 1024, height: 800 } });
  await page.goto(`${origin}${path}`);
  // Text-only zoom in browsers that do not re-check rem media queries: the side column grows with the text.
  await page.evaluate(() => document.documentElement.style.setProperty('font-size', '200%'));
  const widths = await page.evaluate(() => {
    const grid = [...document.querySelectorAll<HTMLElement>('main div.grid')].find((g) => getComputedStyle(g).gridTemplateColumns.split(' ').length === 2);
    return [...(grid?.children ?? [])].slice(0, 2).map((c) => c.getBoundingClientRect().width);
  });
  expect(widths).toHaveLength(2);
  expect(widths[0]).toBeGreaterThan(widths[1] ?? Infinity);
  await page.close();
});
