/** Splitting long lists into numbered pages. Used by the story list on the server and in the browser. */

/**
 * Classes of the links in a page navigation, for Pagination.astro and for <story-filter>, which
 * redraws it. The current page is filled; in forced colours (Windows High Contrast) with the
 * system's highlight colours, since a bordered box there looks like a focused one.
 */
const PAGE_LINK = 'inline-flex min-h-11 min-w-11 items-center justify-center rounded-md px-3 font-semibold';
export const PAGE_LINK_CLASSES = {
  other: `link ${PAGE_LINK}`,
  current: `${PAGE_LINK} border-2 border-brand-900 bg-brand-800 text-white no-underline forced-colors:forced-color-adjust-none forced-colors:border-[color:Highlight] forced-colors:bg-[color:Highlight] forced-colors:text-[color:HighlightText]`,
} as const;

/** Stories per page: four rows of three cards on a wide screen. */
export const PAGE_SIZE = 12;

/** How many pages `total` items fill (an empty list still has one page, which says it is empty). */
export function pageCount(total: number, size = PAGE_SIZE): number {
  return Math.max(1, Math.ceil(total / size));
}

/** `page` forced into 1…`count`; anything that is not a whole number becomes 1. */
export function clampPage(page: number, count: number): number {
  if (!Number.isInteger(page) || page < 1) return 1;
  return Math.min(page, Math.max(1, count));
}

/** Reads a page number from a URL value such as `"2"`; anything else is page 1. */
export function parsePage(raw: string | null | undefined): number {
  if (raw === null || raw === undefined || !/^[1-9][0-9]{0,3}$/.test(raw)) return 1;
  return Number(raw);
}

/** The items on page `page` (1-based) of `items`. */
export function pageSlice<T>(items: readonly T[], page: number, size = PAGE_SIZE): T[] {
  const start = (page - 1) * size;
  return items.slice(start, start + size);
}

/** One entry in a page navigation: a page number, or a gap shown as «…». */
export type PageLink = number | 'gap';

/**
 * The page numbers a navigation shows: always the first and last page and the pages next to the
 * current one, with gaps between. Seven pages or fewer are all shown.
 */
export function pageLinks(current: number, count: number): PageLink[] {
  if (count <= 7) return Array.from({ length: count }, (_, i) => i + 1);
  const shown = new Set([1, count, current - 1, current, current + 1].filter((p) => p >= 1 && p <= count));
  const sorted = [...shown].sort((a, b) => a - b);
  const links: PageLink[] = [];
  for (const [i, page] of sorted.entries()) {
    const previous = sorted[i - 1];
    if (previous !== undefined && page - previous > 1) links.push('gap');
    links.push(page);
  }
  return links;
}
