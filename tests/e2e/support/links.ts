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

/**
 * Link names that lead to more than one place (fragments aside), each as «name → href | href»:
 * in a screen reader's list of links, such links cannot be told apart (WCAG 2.4.9). Only links a
 * person can see or reach count; the name is the `aria-label` or the visible text.
 */
export async function ambiguousLinkNames(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const byName = new Map<string, Set<string>>();
    for (const a of document.querySelectorAll<HTMLAnchorElement>('a[href]')) {
      if (!a.checkVisibility()) continue;
      const name = (a.getAttribute('aria-label') ?? a.innerText).replace(/\s+/g, ' ').trim().toLowerCase();
      const href = a.href.replace(/#.*$/, '');
      byName.set(name, (byName.get(name) ?? new Set()).add(href));
    }
    return [...byName].filter(([, hrefs]) => hrefs.size > 1).map(([name, hrefs]) => `${name} → ${[...hrefs].join(' | ')}`);
  });
}
