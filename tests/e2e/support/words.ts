/** Finds words that the layout splits across two lines. */
import type { Page } from 'playwright-core';

/**
 * Words in headings, links and table cells that wrap in the middle, like «Arbeidstrenin / g».
 * Only `overflow-wrap` can split a word here (test Chromium has no hyphenation dictionaries),
 * and it does so when a box is narrower than the word, so a hit means a cramped box.
 * @returns each split word with the tag it is in, for example `A: Arbeidstrening`
 */
export function splitWords(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const found: string[] = [];
    const boxes = document.querySelectorAll('h1, h2, h3, h4, a, th, td, dt');
    for (const box of boxes) {
      if (!(box instanceof HTMLElement) || box.offsetParent === null) continue;
      const walker = document.createTreeWalker(box, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const text = node.textContent ?? '';
        // Runs of letters and digits: a break after a hyphen, a dash or a slash is a fine place to wrap.
        for (const match of text.matchAll(/[\p{L}\p{N}]{2,}/gu)) {
          const range = document.createRange();
          range.setStart(node, match.index);
          range.setEnd(node, match.index + match[0].length);
          const tops = new Set([...range.getClientRects()].filter((r) => r.width > 0).map((r) => Math.round(r.top)));
          if (tops.size > 1) found.push(`${box.tagName}: ${match[0]}`);
        }
      }
    }
    return [...new Set(found)];
  });
}

/**
 * Abbreviations with a short ending («CV-en», «PC-er») that the layout breaks at the hyphen,
 * anywhere in the visible page text.
 * @returns each broken word once, with the start of the text it is in
 */
export function brokenAbbreviations(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const found: string[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const text = node.textContent ?? '';
      for (const match of text.matchAll(/(?<![\p{L}\p{N}])[\p{Lu}\p{N}]{2,}-\p{Ll}{1,3}(?![\p{L}\p{N}-])/gu)) {
        const range = document.createRange();
        range.setStart(node, match.index);
        range.setEnd(node, match.index + match[0].length);
        const tops = new Set([...range.getClientRects()].filter((r) => r.width > 0).map((r) => Math.round(r.top)));
        if (tops.size > 1) found.push(`${match[0]} in «${text.trim().slice(0, 40)}»`);
      }
    }
    return [...new Set(found)];
  });
}

/**
 * Words kept together (keep-together.ts: `<span class="whitespace-nowrap">CV-en</span>`) that sit
 * beside loose text in a flex or grid box. There the text and the span become two items, and the
 * box's gap or alignment pulls «Hull i» and «CV-en» apart, or glues them («Hull iCV-en»).
 * @returns the text of each such box
 */
export function splitFlexText(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    [...document.querySelectorAll('span.whitespace-nowrap')]
      .map((span) => span.parentElement)
      .filter((box): box is HTMLElement => {
        if (!box || !/flex|grid/.test(getComputedStyle(box).display)) return false;
        return [...box.childNodes].some((n) => n.nodeType === Node.TEXT_NODE && (n.textContent ?? '').trim() !== '');
      })
      .map((box) => `${box.tagName}: ${(box.textContent ?? '').trim()}`),
  );
}
