/** Helpers for the search tests: open a search page, wait for its results, read them. */
import type { Page } from 'playwright-core';

export interface ShownResults {
  status: string;
  hrefs: string[];
}

/** Waits until the search page has announced a result count, then returns it and the result links. */
export async function shownResults(page: Page): Promise<ShownResults> {
  await page.waitForFunction(() => /treff/i.test(document.querySelector('[data-status]')?.textContent ?? ''), null, { timeout: 30_000 });
  return readResults(page);
}

/**
 * Runs `action`, which starts a new search on a page that already shows results, and waits until
 * that search is announced. The old count stays in the status while the new results are drawn, so
 * waiting for any count would read a half-drawn list.
 */
export async function resultsAfter(page: Page, action: () => Promise<unknown>): Promise<ShownResults> {
  await page.evaluate(() => {
    const status = document.querySelector('[data-status]');
    const flag = window as unknown as { announced?: boolean };
    flag.announced = false;
    if (!status) return;
    new MutationObserver((_, observer) => {
      flag.announced = true;
      observer.disconnect();
    }).observe(status, { childList: true, characterData: true, subtree: true });
  });
  await action();
  await page.waitForFunction(() => (window as unknown as { announced?: boolean }).announced === true, null, { timeout: 30_000 });
  return readResults(page);
}

function readResults(page: Page): Promise<ShownResults> {
  return page.evaluate(() => ({
    status: document.querySelector('[data-status]')?.textContent ?? '',
    hrefs: [...document.querySelectorAll<HTMLAnchorElement>('[data-results] > li h3 a')].map((a) => a.getAttribute('href') ?? ''),
  }));
}

/** The path of a result link, without its fragment (`#:~:text=…`, an anchor). */
export function pathOf(href: string): string {
  return href.replace(/[?#].*$/, '');
}

/** Collects console errors and uncaught exceptions from a page. */
export function collectErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('console', (msg) => {
    if (msg.type() === 'error') errors.push(msg.text());
  });
  page.on('pageerror', (err) => errors.push(err.message));
  return errors;
}
