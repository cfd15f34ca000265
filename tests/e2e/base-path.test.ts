/** Deployed under a sub-path, every page and every internal link stays inside that sub-path. */
import { afterAll, beforeAll, expect, inject, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchBrowser } from './support/browser';
import { internalTargets } from './support/links';
import { SUB_PATH } from './support/global-setup';

const origin = inject('subPathOrigin');
const pages = inject('pages');
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

it(`every page works under ${SUB_PATH} and links only inside it`, async () => {
  const page = await browser.newPage();
  const problems: string[] = [];
  const seen = new Map<string, number>();
  for (const path of pages) {
    const url = `${origin}${SUB_PATH}${path.slice(1)}`;
    const response = await page.goto(url);
    if (response?.status() !== 200) problems.push(`${url} → ${response?.status()}`);
    for (const target of await internalTargets(page, origin)) {
      if (!target.startsWith(SUB_PATH)) problems.push(`${path} links outside the sub-path: ${target}`);
      if (!seen.has(target)) seen.set(target, (await fetch(origin + target, { redirect: 'manual' })).status);
      if (seen.get(target) !== 200) problems.push(`${path} → ${target} answers ${seen.get(target)}`);
    }
  }
  expect(problems).toEqual([]);
  expect(seen.size).toBeGreaterThan(pages.length);
});

it(`the 404 page offers a search for the address’s words without ${SUB_PATH} in them`, async () => {
  const page = await browser.newPage();
  const response = await page.goto(`${origin}${SUB_PATH}virkemidler/lonnstilskot/`);
  expect(response?.status()).toBe(404);
  await page.waitForFunction(() => (document.querySelector<HTMLInputElement>('#sok-404')?.value ?? '') !== '');
  expect(await page.inputValue('#sok-404')).toBe('lonnstilskot');
  await page.close();
});
