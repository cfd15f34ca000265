/**
 * Prepares a built page for the search index: leaves out navigation and repeated blocks, and adds a
 * hidden block with the ASCII spellings of its words (only in what Pagefind reads, never in the
 * served HTML). The block starts with its own
 * heading so results can tell a match there from a match in the real text (see excerpt.ts).
 */
import { decodeEntities, VARIANTS_ANCHOR, VARIANTS_SENTINEL } from './excerpt';
import { asciiSpellingsOfEach, asciiVariantsOf } from './spelling';
import { otherStandardFormsOf, otherStandardFormsOfEach } from './written-standards';
import { TITLE_SPELLINGS_META, titleMetaVariants } from './title-spellings';

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
 * Whether an element is left out of the index: navigation, forms, chrome that is not printed either
 * (`no-print`: breadcrumbs, share and «Les også» blocks), cards of other entries (an <article>
 * with its own `lang`), which would make every page match its neighbours' words, and what the
 * markup marks `data-pagefind-ignore`, so its words get no hidden ASCII spellings either.
 */
export function isExcluded(tag: string, attributes: string): boolean {
  // Pagefind skips forms itself; their words get no hidden spellings either.
  if (tag === 'nav' || tag === 'form') return true;
  if (/\bclass="[^"]*\bno-print\b/.test(attributes)) return true;
  if (/\sdata-pagefind-ignore(?=[\s=/]|$)/.test(attributes)) return true;
  return tag === 'article' && /\slang="/.test(attributes);
}

/** `html` without the elements `isExcluded` picks (with everything inside them). */
export function withoutExcluded(html: string): string {
  let out = '';
  let at = 0;
  const tags = /<(\/?)([a-z][a-z0-9-]*)\b([^>]*)>/gi;
  for (let m = tags.exec(html); m; m = tags.exec(html)) {
    const [whole, closing, rawTag, attributes = ''] = m;
    const tag = (rawTag ?? '').toLowerCase();
    if (closing || attributes.endsWith('/') || !isExcluded(tag, attributes)) continue;
    // Skip to the matching close tag, counting nested elements of the same name.
    let depth = 1;
    const same = new RegExp(`<(/?)${tag}\\b[^>]*>`, 'gi');
    same.lastIndex = m.index + whole.length;
    let end = html.length;
    for (let n = same.exec(html); n; n = same.exec(html)) {
      depth += n[1] ? -1 : 1;
      if (depth === 0) {
        end = n.index + n[0].length;
        break;
      }
    }
    out += html.slice(at, m.index);
    at = end;
    tags.lastIndex = end;
  }
  return out + html.slice(at);
}

/**
 * What Pagefind reads for a page: the page without excluded elements, and a hidden block with
 * the ASCII spellings of its words and their forms in the other written standard
 * (written-standards.ts) at the end of the indexed <main>: the title's once (weighted
 * like the title, and as metadata, together with the page's other names from
 * `data-search-aliases`), the rest once for each time the word occurs, so an ASCII
 * query ranks pages as the query with æ, ø and å does. Pages without an indexed <main> come back
 * unchanged.
 */
export function withSpellings(html: string): string {
  if (!indexedMain(html)) return html;
  // Pagefind runs together the text of elements that only CSS sets apart: a term and its value
  // («FylkeTrøndelag»), a link and the line beside it («ArbeidstreningKontrollert»), a number and its
  // heading («2.Kunnskap»). A space after a closing tag that is followed by a tag or a letter keeps them apart.
  const page = withoutExcluded(html).replace(/<\/[a-z][a-z0-9]*>(?=<[a-z]|[\p{L}\p{N}])/giu, '$& ');
  const main = indexedMain(page);
  if (!main) return page;
  const inner = page.slice(main.start, main.end);
  const h1 = /<h1\b[^>]*>([\s\S]*?)<\/h1>/i.exec(inner);
  // Other names (a measure's searchAliases) count as the title, and so do their ASCII spellings.
  const aliases = decodeEntities(/\sdata-search-aliases="([^"]*)"/.exec(inner)?.[1] ?? '').split('|').filter(Boolean);
  const title = h1 ? htmlToText(h1[1] ?? '') : '';
  const titleVariants = [
    ...new Set([...asciiVariantsOf(title), ...otherStandardFormsOf(title), ...aliases, ...aliases.flatMap((a) => asciiVariantsOf(a))]),
  ];
  const body = htmlToText(h1 ? inner.replace(h1[0], ' ') : inner);
  const bodyVariants = [...asciiSpellingsOfEach(body), ...otherStandardFormsOfEach(body)];
  if (titleVariants.length === 0 && bodyVariants.length === 0) return page;
  // Pagefind ranks a match in title metadata well above one in the text: this gives «opplaering»
  // the boost «opplæring» gets from a page titled «Opplæring».
  const metaVariants = titleMetaVariants(title, titleVariants);
  const block =
    `<div hidden><h2 id="${VARIANTS_ANCHOR}">${VARIANTS_SENTINEL}</h2>` +
    (titleVariants.length > 0 ? `<p data-pagefind-weight="${TITLE_WEIGHT}">${titleVariants.join(' ')}</p>` : '') +
    (metaVariants.length > 0 ? `<span data-pagefind-meta="${TITLE_SPELLINGS_META}:${metaVariants.join(' ')}"></span>` : '') +
    (bodyVariants.length > 0 ? `<p>${bodyVariants.join(' ')}</p>` : '') +
    `</div>`;
  return page.slice(0, main.end) + block + page.slice(main.end);
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
