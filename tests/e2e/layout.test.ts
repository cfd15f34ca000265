/** Page layout details that the per-page checks in pages.test.ts do not cover. */
import { afterAll, beforeAll, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser } from './support/browser';
import { applyTextSpacing, doubleTextSize } from './support/text-settings';
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

/** The home page's slogan and its panel: how far each runs past its own box. */
function sloganOverflow(page: Page) {
  return page.locator('[data-slogan]').evaluate((slogan) => {
    const panel = slogan.parentElement as HTMLElement;
    return { slogan: slogan.scrollWidth - slogan.clientWidth, panel: panel.scrollWidth - panel.clientWidth };
  });
}

it.each([1024, 1280, 1440])('at %i px the home page’s slogan keeps «muligheter» on one line, as designed', async (width) => {
  const page = await browser.newPage({ viewport: { width, height: 800 } });
  await page.goto(`${origin}/`);
  const lines = await page.locator('[data-slogan]').evaluate((slogan) => {
    const range = document.createRange();
    range.selectNodeContents(slogan.lastChild as Node);
    return new Set([...range.getClientRects()].filter((r) => r.width > 0).map((r) => Math.round(r.top))).size;
  });
  expect(lines).toBe(1);
  expect(await sloganOverflow(page)).toEqual({ slogan: 0, panel: 0 });
  await page.close();
});

it.each([
  [1024, 'WCAG 1.4.12 text spacing', applyTextSpacing],
  [1280, 'WCAG 1.4.12 text spacing', applyTextSpacing],
  [1024, 'text at 200 per cent', doubleTextSize],
  [1280, 'text at 200 per cent', doubleTextSize],
  [1440, 'text at 200 per cent', doubleTextSize],
])('at %i px with %s the home page’s slogan stays inside its panel', async (width, _setting, apply) => {
  const page = await browser.newPage({ viewport: { width, height: 800 } });
  await page.goto(`${origin}/`);
  await apply(page);
  expect(await sloganOverflow(page)).toEqual({ slogan: 0, panel: 0 });
  await page.close();
});

it.each([
  // At 1024 px the footer's partner list (a long word in a third of the row) once did.
  [1024, '/'],
  [1024, '/virkemidler/mentor/'],
  [1280, '/'],
  [1440, '/'],
])('at %i px with text at 200 per cent %s does not scroll sideways', async (width, path) => {
  const page = await browser.newPage({ viewport: { width, height: 800 } });
  await page.goto(`${origin}${path}`);
  await doubleTextSize(page);
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBe(0);
  await page.close();
});

it.each([
  // pages with a side column beside the main text, on either side
  '/historier/bakeriet-i-trondheim/',
  '/innsatsomrader/psykisk-helse/',
  '/veiviser/resultat/unge/oppfolging/ny/',
  '/virkemidler/mentor/',
  '/sok/?q=mentor',
])('at 1024 px with text at 200 per cent on %s, the main column stays at least 300 px and wider than the side column', async (path) => {
  const page = await browser.newPage({ viewport: { width: 1024, height: 800 } });
  await page.goto(`${origin}${path}`);
  const columns = () =>
    page.evaluate(() => {
      const grid = [...document.querySelectorAll<HTMLElement>('main div.grid')].find((g) => getComputedStyle(g).gridTemplateColumns.split(' ').length === 2);
      return [...(grid?.children ?? [])].slice(0, 2).map((c) => c.getBoundingClientRect().width);
    });
  // The main column is the wider one at normal text size.
  const normal = await columns();
  expect(normal).toHaveLength(2);
  const main = normal[0]! > normal[1]! ? 0 : 1;
  await doubleTextSize(page);
  const zoomed = await columns();
  expect(zoomed[main]).toBeGreaterThanOrEqual(300);
  expect(zoomed[main]).toBeGreaterThan(zoomed[1 - main]!);
  await page.close();
});

it.each([
  [360, 740],
  [390, 844],
])('at %i×%i px the home page’s banner buttons are on the first screen', async (width, height) => {
  const page = await browser.newPage({ viewport: { width, height } });
  await page.goto(`${origin}/`);
  const bottoms = await page.evaluate(() =>
    [...document.querySelectorAll('main > section:first-child a')].map((a) => a.getBoundingClientRect().bottom),
  );
  // A phone user should reach «Les historiene» without scrolling past the campaign's background text.
  expect(bottoms.length).toBeGreaterThan(0);
  expect(bottoms[0]).toBeLessThanOrEqual(height);
  await page.close();
});

it.each([
  '/om-kampanjen/',
  '/presse/',
  '/for-partnere/',
  '/aktuelt/brev-fra-ministrene/',
  '/historier/bakeriet-i-trondheim/',
])('at 1280 px on %s the text starts at the same left edge as the title', async (path) => {
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  await page.goto(`${origin}${path}`);
  const edges = await page.evaluate(() => {
    const left = (el: Element | null) => Math.round(el?.getBoundingClientRect().left ?? -1);
    return { title: left(document.querySelector('main h1')), text: left(document.querySelector('main .prose-campaign p')) };
  });
  expect(edges.title).toBeGreaterThan(0);
  expect(edges.text).toBe(edges.title);
  await page.close();
});

it.each([
  // page, links, least height in px: 44 for links people use on the way, 32 and 28 where a list is long
  ['/virkemidler/mentor/', '#pa-denne-siden + ul a', 44],
  ['/historier/bakeriet-i-trondheim/', '[data-story-result] a[href="#kom-i-gang"]', 44],
  ['/innsatsomrader/psykisk-helse/', 'main a[href$="rss.xml"]', 44],
  ['/', 'footer nav a', 44],
  ['/virkemidler/mentor/', 'main nav[aria-label] ol a', 36],
  ['/', 'footer div:last-child li a', 28],
])('on a phone, %s makes %s at least %i px tall', async (path, selector, least) => {
  const page = await browser.newPage({ viewport: { width: 390, height: 844 } });
  await page.goto(`${origin}${path}`);
  const heights = await page.$$eval(selector, (as) => as.map((a) => a.getBoundingClientRect().height));
  expect(heights.length).toBeGreaterThan(0);
  expect(Math.min(...heights)).toBeGreaterThanOrEqual(least);
  await page.close();
});

it('at 1280 px on a focus-area page, the sources follow the text they back, and the closing boxes are equally wide', async () => {
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  await page.goto(`${origin}/innsatsomrader/psykisk-helse/`);
  const box = (selector: string) => page.locator(selector).first().evaluate((el) => el.getBoundingClientRect().toJSON() as DOMRect);
  const [sources, stories, start, share] = await Promise.all([box('.source-list'), box('section[aria-labelledby="historier"]'), box('[data-get-started]'), box('.share-block')]);
  expect(sources.bottom).toBeLessThan(stories.top);
  expect(start.width).toBe(share.width);
  expect(start.left).toBe(share.left);
  await page.close();
});
