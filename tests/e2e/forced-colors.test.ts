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
  ['/historier/', 'historier'],
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

/** The width and style of each side's border, as forced colours draw it. */
function sides(el: Element): Record<'top' | 'right' | 'bottom' | 'left', string> {
  const s = getComputedStyle(el);
  const side = (name: string) => `${s.getPropertyValue(`border-${name}-width`)} ${s.getPropertyValue(`border-${name}-style`)}`;
  return { top: side('top'), right: side('right'), bottom: side('bottom'), left: side('left') };
}

it.each([
  // page, a box drawn by its fill or a shadow, the text it has, the sides that must show
  ['/virkemidler/', 'section[aria-labelledby="veiviser"]', '', ['top', 'right', 'bottom', 'left']],
  ['/virkemidler/', 'section[aria-labelledby="veiviser"] a', 'Bruk veiviseren', ['top', 'right', 'bottom', 'left']],
  ['/innsatsomrader/', 'main li.group', '', ['top', 'right', 'bottom', 'left']],
  ['/virkemidler/mentor/', 'section[aria-labelledby="kontakt"]', '', ['top', 'right', 'bottom', 'left']],
  ['/for-partnere/', 'main p', 'Alt-tekst:', ['top', 'right', 'bottom', 'left']],
  ['/', 'div:has(> [data-slogan])', '', ['top', 'right', 'bottom', 'left']],
  ['/', 'section[aria-labelledby="om-kampanjen"]', '', ['top', 'bottom']],
  ['/', 'footer', '', ['top']],
  // the comparison table's caption and header row, which only a fill set apart from the rows
  ['/virkemidler/', 'table caption', 'første punktet', ['bottom']],
  ['/virkemidler/', 'table thead tr', 'Virkemiddel', ['bottom']],
] as const)('on %s the box %s %s keeps its edges', async (path, selector, text, shown) => {
  await page.goto(`${origin}${path}`);
  const box = await page.locator(selector, { hasText: text }).first().evaluate(sides);
  for (const side of shown) expect(box[side], side).toMatch(/^[1-9][\d.]*px solid$/);
});

it.each([
  // page, with JavaScript, the selected element, another of the same kind
  ['/historier/', true, '[data-pagination] a[aria-current="page"]', '[data-pagination] a[data-page]:not([aria-current])'],
  ['/historier/bransje/handel/', false, '[data-facet-links] a[aria-current="page"]', '[data-facet-links] a:not([aria-current])'],
  ['/virkemidler/', true, 'td:has(> [aria-hidden="true"]:text-is("✓"))', 'td:has(> [aria-hidden="true"]:text-is("–"))'],
] as const)('on %s the selected item is filled with the system highlight, not drawn like focus', async (path, script, selected, other) => {
  const context = await browser.newContext({ javaScriptEnabled: script });
  const tab = await context.newPage();
  await tab.emulateMedia({ forcedColors: 'active' });
  await tab.goto(`${origin}${path}`);
  const fill = (selector: string) => tab.locator(selector).first().evaluate((el) => getComputedStyle(el).backgroundColor);
  const canvas = await tab.evaluate(() => getComputedStyle(document.body).backgroundColor);
  expect(await fill(selected)).not.toBe(canvas);
  expect(await fill(other)).not.toBe(await fill(selected));
  await context.close();
});

it('in the finder the chosen answer has a border of another colour than the others', async () => {
  await page.goto(`${origin}/veiviser/`);
  await page.locator('input[type=radio]').first().check();
  const colours = await page.locator('fieldset').first().locator('label').evaluateAll((labels) =>
    labels.map((l) => ({ checked: l.querySelector('input')?.checked ?? false, colour: getComputedStyle(l).borderTopColor })),
  );
  const chosen = colours.filter((c) => c.checked).map((c) => c.colour);
  const others = colours.filter((c) => !c.checked).map((c) => c.colour);
  expect(chosen).toHaveLength(1);
  expect(others.length).toBeGreaterThan(0);
  expect(others).not.toContain(chosen[0]);
});
