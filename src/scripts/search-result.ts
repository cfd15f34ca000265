/**
 * One result in /sok/'s list, drawn from Pagefind's data. Every piece of text is set with
 * textContent; excerpts become <mark> and text nodes only. The result link carries a text fragment
 * (#:~:text=…), so the browser highlights the words on arrival.
 */
import { chooseExcerpt, isVariantsSubResult } from '../lib/search/excerpt';
import { highlightSegments, type Segment } from '../lib/search/highlight';
import { aboutParts } from '../lib/search/result-about';
import { withTextFragment } from '../lib/search/url-state';
import type { PagefindResultData } from './search-pagefind';

/** Sub-results (sections of long pages) shown per result. */
const MAX_SECTIONS = 3;

function el<K extends keyof HTMLElementTagNameMap>(tag: K, className?: string, text?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

/** Appends segments to `parent`, marked ones inside <mark>. */
function appendSegments(parent: HTMLElement, segments: Segment[]): void {
  for (const segment of segments) {
    parent.append(segment.mark ? el('mark', undefined, segment.text) : document.createTextNode(segment.text));
  }
}

/** The page's own words that an excerpt marks, for the result link's text fragment. */
function markedWords(segments: Segment[]): string[] {
  return segments.filter((s) => s.mark).map((s) => s.text);
}

/** Only our own result URLs are linked: same-site paths. */
function safePath(url: string): string | undefined {
  return url.startsWith('/') && !url.startsWith('//') ? url : undefined;
}

/**
 * The list item for a result: a line about it (type, county, industry, date), its title as a link,
 * an excerpt, a measure's fact sheet (`factSheet`, its address), and up to three of its sections
 * that match. `q` is the words searched for (marks follow them, not a question's «hvor» or
 * «mye»); `facetLabel` names a facet value as its checkbox on the page does.
 */
export function renderResult(
  data: PagefindResultData,
  q: string,
  facetLabel: (facet: string, value: string) => string | undefined,
  factSheet?: string,
): HTMLLIElement {
  const item = el('li', 'rounded-lg border border-sand-200 bg-white p-5 shadow-sm');
  const lang = data.filters['sprak']?.[0];
  if (lang === 'nn' || lang === 'nb') item.lang = lang;
  const about = el('p', 'text-sm font-semibold text-accent-700');
  // The line is the search page's own words (Bokmål), also on a Nynorsk result.
  if (lang === 'nn') about.lang = 'nb';
  // «Historie · Finnmark · Landbruk og fiske · 8. oktober 2026», names from the facets' own labels.
  aboutParts(data, facetLabel).forEach((part, i) => {
    // The line breaks between parts, not inside one («27. / oktober 2026»), unless a part is wider than the line.
    const span = el('span', 'inline-block');
    appendSegments(span, highlightSegments(part, q));
    about.append(...(i > 0 ? [' · '] : []), span);
  });
  const segments = chooseExcerpt(data, q);
  const heading = el('h3', 'mt-1 text-xl font-bold leading-snug text-brand-900');
  const link = el('a', 'link', data.meta['title'] ?? data.url);
  const path = safePath(data.url);
  if (path) link.href = withTextFragment(path, markedWords(segments));
  heading.append(link);
  const excerpt = el('p', 'mt-2 text-base text-ink-700');
  appendSegments(excerpt, segments);
  item.append(about, heading, excerpt);
  if (factSheet) {
    const line = el('p', 'mt-1 text-base');
    if (lang === 'nn') line.lang = 'nb';
    // Not bold, unlike the section links below: it leads to another page, not into this one.
    const a = el('a', 'link inline-flex min-h-11 items-center');
    a.href = factSheet;
    // Several measures' links in a row must say whose they are when read out of context. The
    // hidden part is positioned, so it is read after a space: a dash reads well with one.
    a.append(el('span', undefined, 'Faktaark (én side, til utskrift)'), el('span', 'sr-only', ` – ${data.meta['title'] ?? ''}`));
    line.append(a);
    item.append(line);
  }

  // A section whose excerpt is the one shown above would only repeat it.
  const sections = q === '' ? [] : data.sub_results.filter((s) => !isVariantsSubResult(s.url) && s.url !== data.url && s.excerpt !== data.excerpt && s.excerpt.includes('<mark>'));
  if (sections.length > 0) {
    const list = el('ul', 'mt-3 space-y-2 border-l-2 border-sand-200 pl-4');
    list.setAttribute('aria-label', `Treff i avsnitt på siden ${data.meta['title'] ?? ''}`.trim());
    for (const section of sections.slice(0, MAX_SECTIONS)) {
      const li = el('li', 'text-base');
      const sectionSegments = chooseExcerpt({ excerpt: section.excerpt }, q);
      const a = el('a', 'link font-semibold', section.title);
      const sectionPath = safePath(section.url);
      // The anchor alone: a text fragment would win over it and scroll to the word's first place on
      // the page, often the lead or the facts box above the section.
      if (sectionPath) a.href = sectionPath;
      const text = el('p', 'text-ink-700');
      appendSegments(text, sectionSegments);
      li.append(a, text);
      list.append(li);
    }
    item.append(list);
  }
  return item;
}
