/**
 * Prepares a built page for the search index: adds a hidden block with the ASCII spellings of its
 * words (only in what Pagefind reads, never in the served HTML). The block starts with its own
 * heading so results can tell a match there from a match in the real text (see excerpt.ts).
 */
import { decodeEntities, VARIANTS_ANCHOR, VARIANTS_SENTINEL } from './excerpt';
import { asciiVariantsOf } from './spelling';

/** Marks the element whose content Pagefind indexes. */
export const BODY_ATTRIBUTE = 'data-pagefind-body';
/** Weight of title spellings: the same as Pagefind gives an <h1>. */
const TITLE_WEIGHT = 7;

/** The visible text of an HTML fragment: scripts, styles and tags removed, entities decoded. */
export function htmlToText(html: string): string {
  const withoutCode = html.replace(/<(script|style|template)\b[\s\S]*?<\/\1>/gi, ' ').replace(/<!--[\s\S]*?-->/g, ' ');
  return decodeEntities(withoutCode.replace(/<[^>]*>/g, ' ')).replace(/\s+/g, ' ').trim();
}

/** The part of a page inside its indexed <main>, or undefined when the page is not indexed. */
export function indexedMain(html: string): { start: number; end: number } | undefined {
  const open = new RegExp(`<main\\b[^>]*\\b${BODY_ATTRIBUTE}\\b[^>]*>`, 'i').exec(html);
  if (!open) return undefined;
  const start = open.index + open[0].length;
  const end = html.indexOf('</main>', start);
  return end === -1 ? undefined : { start, end };
}

/**
 * The page's HTML with the spellings block added at the end of the indexed <main>. Pages without an
 * indexed <main>, or with no æ/ø/å, come back unchanged.
 */
export function withSpellings(html: string): string {
  const main = indexedMain(html);
  if (!main) return html;
  // Navigation inside <main> (breadcrumbs, "on this page") is not indexed, so it gets no spellings.
  const inner = html.slice(main.start, main.end).replace(/<nav\b[\s\S]*?<\/nav>/gi, ' ');
  const h1 = /<h1\b[^>]*>([\s\S]*?)<\/h1>/i.exec(inner);
  const titleVariants = h1 ? asciiVariantsOf(htmlToText(h1[1] ?? '')) : [];
  const bodyVariants = asciiVariantsOf(htmlToText(inner)).filter((w) => !titleVariants.includes(w));
  if (titleVariants.length === 0 && bodyVariants.length === 0) return html;
  const block =
    `<div hidden><h2 id="${VARIANTS_ANCHOR}">${VARIANTS_SENTINEL}</h2>` +
    (titleVariants.length > 0 ? `<p data-pagefind-weight="${TITLE_WEIGHT}">${titleVariants.join(' ')}</p>` : '') +
    (bodyVariants.length > 0 ? `<p>${bodyVariants.join(' ')}</p>` : '') +
    `</div>`;
  return html.slice(0, main.end) + block + html.slice(main.end);
}

/**
 * Same-site page paths linked from a page (for crawling the dev server): only paths under `base`
 * that end in a slash, without query or fragment, each once.
 */
export function pageLinks(html: string, base: string): string[] {
  const out = new Set<string>();
  for (const match of html.matchAll(/<a\b[^>]*?\shref="([^"]*)"/gi)) {
    const href = decodeEntities(match[1] ?? '').replace(/[?#].*$/, '');
    if (href.startsWith(base) && href.endsWith('/') && !href.startsWith('//')) out.add(href);
  }
  return [...out];
}
