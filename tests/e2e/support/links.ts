/** Collects the same-origin links and assets a page refers to. */
import type { Page } from 'playwright-core';

/**
 * Paths (with query, without fragment) of every same-origin `href`, `src` and `srcset` candidate
 * on the page: links, images, sources, scripts, stylesheets and icons.
 */
export async function internalTargets(page: Page, origin: string): Promise<string[]> {
  const raw = await page.evaluate(() => {
    const urls: string[] = [];
    for (const el of document.querySelectorAll('a[href], link[href]')) urls.push((el as HTMLAnchorElement).href);
    for (const el of document.querySelectorAll('img[src], script[src], source[src]')) urls.push((el as HTMLImageElement).src);
    for (const el of document.querySelectorAll('img[srcset], source[srcset]')) {
      for (const part of (el.getAttribute('srcset') ?? '').split(',')) {
        const url = part.trim().split(/\s+/)[0];
        if (url) urls.push(new URL(url, document.baseURI).href);
      }
    }
    return urls;
  });
  const paths = raw
    .filter((url) => url.startsWith(origin))
    .map((url) => {
      const u = new URL(url);
      return u.pathname + u.search;
    });
  return [...new Set(paths)].sort();
}
