/** Page layout details that the per-page checks in pages.test.ts do not cover. */
import { afterAll, beforeAll, expect, inject, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchBrowser } from './support/browser';

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
