/** A reader's own text settings, set through the CSSOM, which the site's CSP allows (a <style> it does not). */
import type { Page } from 'playwright-core';

/** WCAG 1.4.12 Text Spacing: the spacing a reader's style sheet may set on every element. */
export async function applyTextSpacing(page: Page): Promise<void> {
  await page.evaluate(() => {
    for (const el of document.querySelectorAll<HTMLElement>('body *')) {
      el.style.setProperty('line-height', '1.5', 'important');
      el.style.setProperty('letter-spacing', '0.12em', 'important');
      el.style.setProperty('word-spacing', '0.16em', 'important');
    }
    for (const p of document.querySelectorAll<HTMLElement>('p')) p.style.setProperty('margin-bottom', '2em', 'important');
  });
}

/**
 * Text at 200 per cent as in a browser whose text-only zoom does not re-check rem media queries:
 * every rem size doubles, the breakpoints stay where they were.
 */
export async function doubleTextSize(page: Page): Promise<void> {
  await page.evaluate(() => document.documentElement.style.setProperty('font-size', '200%'));
}
