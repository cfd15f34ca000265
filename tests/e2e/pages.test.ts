/**
 * Every page in the sitemap: answers 200, passes axe, logs no console errors, has only working
 * internal links and assets, names links to different places differently, fits a 320 px wide
 * screen, splits no word on a tablet or desktop, splits no word of its title on the smallest phone,
 * and offers one search box.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, BrowserContext } from 'playwright-core';
import { launchBrowser } from './support/browser';
import { axeViolations, type AxeViolation } from './support/axe';
import { ambiguousLinkNames, internalTargets } from './support/links';
import { splitFlexText, splitWords } from './support/words';
import { doubleTextSize } from './support/text-settings';

const origin = inject('origin');
const pages = inject('pages');

let browser: Browser;
let context: BrowserContext;
const checkedTargets = new Map<string, number>();
/** Tablet and desktop widths: boxes there are wide enough for every word (on a phone, long compounds may have to break). */
const WIDE = [768, 1280];

beforeAll(async () => {
  browser = await launchBrowser();
  context = await browser.newContext({ bypassCSP: true });
});
afterAll(async () => {
  await browser?.close();
});

it('the sitemap lists the site’s pages', () => {
  expect(pages).toContain('/');
  expect(pages).toContain('/historier/');
  expect(pages).toContain('/virkemidler/');
  expect(pages.some((p) => p.includes('404'))).toBe(false);
});

describe.each(pages)('%s', (path) => {
  let status = 0;
  let consoleErrors: string[] = [];
  let violations: AxeViolation[] = [];
  let targets: string[] = [];
  let ambiguous: string[] = [];
  let overflow = 0;
  const split = new Map<number, string[]>();
  let titleSplit: string[] = [];
  let searchBoxes: string[] = [];
  let flexSplit: string[] = [];
  let zoomedOverflow = 0;

  beforeAll(async () => {
    const page = await context.newPage();
    consoleErrors = [];
    page.on('console', (msg) => {
      if (msg.type() === 'error') consoleErrors.push(msg.text());
    });
    page.on('pageerror', (err) => consoleErrors.push(err.message));
    const response = await page.goto(origin + path, { waitUntil: 'load' });
    status = response?.status() ?? 0;
    violations = await axeViolations(page);
    targets = await internalTargets(page, origin);
    ambiguous = await ambiguousLinkNames(page);
    flexSplit = await splitFlexText(page);
    searchBoxes = await page.locator('form[role="search"] input[name="q"]').evaluateAll((inputs) => inputs.map((i) => i.id));
    for (const width of WIDE) {
      await page.setViewportSize({ width, height: 800 });
      split.set(width, await splitWords(page));
    }
    await page.setViewportSize({ width: 320, height: 800 });
    overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    titleSplit = (await splitWords(page)).filter((word) => /^(H[1-6]|A):/.test(word));
    // A phone's text size setting at 200 %, with every folded part (facets, filters) open.
    await page.setViewportSize({ width: 390, height: 800 });
    await doubleTextSize(page);
    await page.evaluate(() => document.querySelectorAll('details').forEach((d) => (d.open = true)));
    zoomedOverflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    await page.close();
  });

  it('answers 200', () => {
    expect(status).toBe(200);
  });

  it('has no axe violations (WCAG 2.2 AA)', () => {
    expect(violations).toEqual([]);
  });

  it('logs no console errors', () => {
    expect(consoleErrors).toEqual([]);
  });

  it('links only to internal pages and assets that exist', async () => {
    const broken: string[] = [];
    for (const target of targets) {
      if (!checkedTargets.has(target)) {
        const res = await fetch(origin + target, { redirect: 'manual' });
        checkedTargets.set(target, res.status);
      }
      const code = checkedTargets.get(target);
      if (code !== 200) broken.push(`${target} → ${code}`);
    }
    expect(broken).toEqual([]);
  });

  // Two boxes on /sok/ (the header's and the page's) would show two different queries.
  it('offers one search box: the header’s, or on /sok/ the page’s own', () => {
    expect(searchBoxes).toEqual([path === '/sok/' ? 'sok-q' : 'topp-sok']);
  });

  it('gives links that lead to different places different names', () => {
    expect(ambiguous).toEqual([]);
  });

  it('keeps «Hull i CV-en» one run of text in flex and grid boxes', () => {
    expect(flexSplit).toEqual([]);
  });

  it('fits a 320 px wide screen without sideways scrolling', () => {
    expect(overflow).toBeLessThanOrEqual(0);
  });

  it('fits a 390 px phone with text at 200 per cent without sideways scrolling', () => {
    expect(zoomedOverflow).toBeLessThanOrEqual(0);
  });

  it.each(WIDE)('splits no word across lines at %i px', (width) => {
    expect(split.get(width)).toEqual([]);
  });

  // Long compounds shrink the title (src/lib/headings.ts) and section headings (global.css) instead
  // of being cut anywhere, and addresses break after a slash (src/components/Address.astro).
  it('splits no word of a heading or a link at 320 px', () => {
    expect(titleSplit).toEqual([]);
  });
});
