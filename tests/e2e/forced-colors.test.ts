/** Windows High Contrast (forced colours): controls and selected states stay recognisable. */
import { afterAll, beforeAll, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser } from './support/browser';

const origin = inject('origin');
let browser: Browser;
let page: Page;

beforeAll(async () => {
  browser = await launchBrowser();
  page = await browser.newPage();
  await page.emulateMedia({ forcedColors: 'active' });
});
afterAll(async () => {
  await browser?.close();
});

it.each([
  // page, a filled button on it
  ['/historier/', 'Vis historiene'],
  ['/veiviser/', 'Vis virkemidlene'],
  ['/finnes-ikke/', 'Søk'],
])('on %s the filled button «%s» keeps a visible border', async (path, label) => {
  await page.goto(`${origin}${path}`);
  const border = await page.locator('main .button', { hasText: label }).first().evaluate((el) => {
    const s = getComputedStyle(el);
    return { width: parseFloat(s.borderTopWidth), style: s.borderTopStyle, color: s.borderTopColor };
  });
  expect(border.width).toBeGreaterThanOrEqual(1);
  expect(border.style).toBe('solid');
  expect(border.color).not.toBe('rgba(0, 0, 0, 0)');
});

it.each([
  // page, the selected element, another of the same kind
  ['/historier/fylke/oslo/', '[data-facet-links] a[aria-current="page"]', '[data-facet-links] a:not([aria-current])'],
  ['/historier/', '[data-pagination] a[aria-current="page"]', '[data-pagination] a[data-page]:not([aria-current])'],
])('on %s the selected item differs from the others by more than colour', async (path, selected, other) => {
  await page.goto(`${origin}${path}`);
  const look = (selector: string) =>
    page.locator(selector).first().evaluate((el) => {
      const s = getComputedStyle(el);
      return `${s.borderTopWidth} ${s.borderTopStyle} ${s.fontWeight}`;
    });
  expect(await look(selected)).not.toBe(await look(other));
});
