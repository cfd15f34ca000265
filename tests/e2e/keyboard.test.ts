/** The skip link and the main navigation work by keyboard alone. */
import { afterAll, beforeAll, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser } from './support/browser';

const origin = inject('origin');
let browser: Browser;
let page: Page;

beforeAll(async () => {
  browser = await launchBrowser();
  page = await browser.newPage();
});
afterAll(async () => {
  await browser?.close();
});

it('the first Tab shows the skip link, and Enter moves focus to the main content', async () => {
  await page.goto(`${origin}/virkemidler/`);
  await page.keyboard.press('Tab');
  const focused = await page.evaluate(() => ({
    text: document.activeElement?.textContent?.trim(),
    visible: (() => {
      const r = document.activeElement?.getBoundingClientRect();
      return !!r && r.width > 1 && r.height > 1;
    })(),
  }));
  expect(focused).toEqual({ text: 'Hopp til hovedinnholdet', visible: true });
  await page.keyboard.press('Enter');
  expect(await page.evaluate(() => document.activeElement?.id)).toBe('hovedinnhold');
  // The next Tab continues inside the main content, not back in the header.
  await page.keyboard.press('Tab');
  expect(await page.evaluate(() => !!document.activeElement?.closest('main'))).toBe(true);
});

it.each([
  ['Historier', '/historier/'],
  ['Virkemidler', '/virkemidler/'],
  ['Veiviser', '/veiviser/'],
  ['Innsatsområder', '/innsatsomrader/'],
  ['Aktuelt', '/aktuelt/'],
  ['Søk', '/sok/'],
])('Tab reaches «%s» in the main menu and Enter opens %s', async (label, path) => {
  await page.goto(`${origin}/`);
  for (let i = 0; i < 30; i++) {
    await page.keyboard.press('Tab');
    const hit = await page.evaluate(
      (l) => document.activeElement?.closest('nav[aria-label="Hovedmeny"]') !== null && document.activeElement?.textContent?.trim() === l,
      label,
    );
    if (hit) break;
  }
  await Promise.all([page.waitForURL(`${origin}${path}`), page.keyboard.press('Enter')]);
  expect(new URL(page.url()).pathname).toBe(path);
  expect(await page.locator('nav[aria-label="Hovedmeny"] [aria-current="page"]').textContent()).toContain(label);
});

it('focus is clearly visible on links', async () => {
  await page.goto(`${origin}/`);
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  const outline = await page.evaluate(() => getComputedStyle(document.activeElement as Element).outlineStyle);
  expect(outline).not.toBe('none');
});

it.each(['/', '/historier/bakeriet-i-trondheim/'])('on %s every link reached by Tab has text readable on its focus background (4.5:1)', async (path) => {
  await page.goto(`${origin}${path}`);
  const low: string[] = [];
  let links = 0;
  for (let i = 0; i < 80; i++) {
    await page.keyboard.press('Tab');
    const found = await page.evaluate(() => {
      const el = document.activeElement;
      if (!(el instanceof HTMLAnchorElement)) return null;
      const rgb = (c: string) => (c.match(/[\d.]+/g) ?? []).slice(0, 3).map(Number);
      const lum = (c: number[]) => {
        const [r = 0, g = 0, b = 0] = c.map((v) => (v / 255 <= 0.03928 ? v / 255 / 12.92 : ((v / 255 + 0.055) / 1.055) ** 2.4));
        return 0.2126 * r + 0.7152 * g + 0.0722 * b;
      };
      const style = getComputedStyle(el);
      const [a, b] = [lum(rgb(style.color)), lum(rgb(style.backgroundColor))];
      return { text: (el.textContent ?? '').trim().slice(0, 30), ratio: (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05) };
    });
    if (!found) continue;
    links++;
    if (found.ratio < 4.5) low.push(`${found.text}: ${found.ratio.toFixed(2)}`);
  }
  expect(links).toBeGreaterThan(10);
  expect(low).toEqual([]);
});
