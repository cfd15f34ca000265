/**
 * Performance budgets on every page of the sitemap: story, measure and focus-area pages load no
 * JavaScript before interaction, and each page's HTML + CSS + JS is at most 30 KB gzipped.
 */
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, BrowserContext } from 'playwright-core';
import { launchBrowser } from './support/browser';
import { recordPage, type PageRecord } from './support/record';
import { isEntryPage } from './support/features';

const origin = inject('origin');
const pages = inject('pages');
/** HTML + CSS + JS per page, gzipped at level 9 (images, fonts and share images excluded). */
const BUDGET = 30 * 1024;
const NO_JS_SECTIONS = ['historier', 'virkemidler', 'innsatsomrader'];

let browser: Browser;
let context: BrowserContext;

beforeAll(async () => {
  browser = await launchBrowser();
  context = await browser.newContext();
});
afterAll(async () => {
  await browser?.close();
});

/** Gzipped bytes of the page's own HTML, CSS and JS, per file. */
function weights(record: PageRecord): Record<string, number> {
  return Object.fromEntries(
    record.resources
      .filter((r) => r.url.startsWith(`${origin}/`) && r.body !== null && ['document', 'stylesheet', 'script'].includes(r.type))
      .map((r) => [r.url.slice(origin.length), gzipSync(r.body as Buffer, { level: 9 }).length]),
  );
}

it('the budgets cover story, measure and focus-area pages', () => {
  for (const section of NO_JS_SECTIONS) expect(pages.some((p) => isEntryPage(p, section))).toBe(true);
});

describe.each(pages)('%s', (path) => {
  let record: PageRecord;

  beforeAll(async () => {
    record = await recordPage(context, origin + path);
  });

  it(`sends at most ${BUDGET / 1024} KB of HTML, CSS and JS (gzipped)`, () => {
    const files = weights(record);
    const total = Object.values(files).reduce((a, b) => a + b, 0);
    expect(files[path], 'the page itself is measured').toBeGreaterThan(0);
    expect({ total, files }).toEqual({ total: expect.toSatisfy((n: number) => n <= BUDGET), files });
  });

  if (NO_JS_SECTIONS.some((s) => isEntryPage(path, s))) {
    it('loads no JavaScript before interaction', () => {
      const scripts = record.resources.filter((r) => r.type === 'script').map((r) => r.url);
      expect(scripts).toEqual([]);
      expect(record.inlineCode).toEqual([]);
    });
  }
});
