/**
 * Marks the search terms in the page's main content with <mark>, splitting text nodes; text is
 * never parsed as HTML. Loaded by search-highlight.ts only when the page has ?markert=….
 */
import { matchRanges } from '../lib/search/highlight';
import { MAX_QUERY } from '../lib/search/url-state';

/** Elements whose text is not content to highlight. */
const SKIP = new Set(['SCRIPT', 'STYLE', 'MARK', 'NAV', 'TEMPLATE', 'TEXTAREA', 'INPUT']);

/** Wraps every match of `query` in the indexed main content in <mark class="search-hit">. */
export function highlightPage(query: string): void {
  const root = document.querySelector('[data-pagefind-body]');
  if (!root) return;
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT, {
    acceptNode: (node) => {
      for (let el = node.parentElement; el && el !== root; el = el.parentElement) {
        if (SKIP.has(el.tagName) || el.hidden) return NodeFilter.FILTER_REJECT;
      }
      return NodeFilter.FILTER_ACCEPT;
    },
  });
  const nodes: Text[] = [];
  for (let n = walker.nextNode(); n; n = walker.nextNode()) nodes.push(n as Text);
  const q = query.slice(0, MAX_QUERY);
  let first: HTMLElement | undefined;
  for (const node of nodes) {
    const text = node.data;
    const ranges = matchRanges(text, q);
    if (ranges.length === 0) continue;
    const fragment = document.createDocumentFragment();
    let at = 0;
    for (const [start, end] of ranges) {
      if (start > at) fragment.append(text.slice(at, start));
      const mark = document.createElement('mark');
      mark.className = 'search-hit';
      mark.textContent = text.slice(start, end);
      first ??= mark;
      fragment.append(mark);
      at = end;
    }
    if (at < text.length) fragment.append(text.slice(at));
    node.replaceWith(fragment);
  }
  // Bring the first hit into view unless the link pointed at a section.
  if (first && !location.hash) first.scrollIntoView({ block: 'center' });
}
