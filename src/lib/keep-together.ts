/**
 * Words the browser must not break at their hyphen: an abbreviation with a short Norwegian
 * ending, such as «CV-en», «PC-er» or «HK-dir». A line that ends in «CV-» and goes on with «en»
 * reads as two words. Longer compounds («NAV-kontoret») may still break after the hyphen.
 */
const ABBREVIATION_WITH_ENDING = /(?<![\p{L}\p{N}])[\p{Lu}\p{N}]{2,}-\p{Ll}{1,3}(?![\p{L}\p{N}-])/gu;
/** What every such word contains; ten times quicker to look for in a whole page. */
const CANDIDATE = /[\p{Lu}\p{N}]-\p{Ll}/u;

/** A piece of text, and whether it must stay on one line. */
export interface TextPart {
  text: string;
  keep: boolean;
}

/**
 * Splits text into the words that must stay on one line and the text between them.
 * @param text - plain text
 * @returns the parts in order; joined, they give `text` back
 */
export function keepTogetherParts(text: string): TextPart[] {
  if (!CANDIDATE.test(text)) return [{ text, keep: false }];
  const parts: TextPart[] = [];
  let at = 0;
  for (const match of text.matchAll(ABBREVIATION_WITH_ENDING)) {
    if (match.index > at) parts.push({ text: text.slice(at, match.index), keep: false });
    parts.push({ text: match[0], keep: true });
    at = match.index + match[0].length;
  }
  if (at < text.length || parts.length === 0) parts.push({ text: text.slice(at), keep: false });
  return parts;
}

/** The class that keeps a part on one line (Tailwind's `whitespace-nowrap`). */
export const KEEP_TOGETHER_CLASS = 'whitespace-nowrap';

/** Elements whose text is not page prose, or where a span is not allowed. */
const LEAVE_ALONE = new Set(['head', 'title', 'script', 'style', 'textarea', 'code', 'pre', 'kbd', 'samp', 'option', 'svg', 'template']);
/** Elements whose content is raw text, where a `<` does not start a tag. */
const RAW_TEXT = new Set(['script', 'style', 'textarea', 'title']);
/** Elements with no end tag. */
const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr']);
/** A comment, a doctype, or a start or end tag with its attributes (which may hold `>` inside quotes). */
const TAG = /<!--[\s\S]*?-->|<!DOCTYPE[^>]*>|<(\/?)([a-zA-Z][a-zA-Z0-9-]*)(?:[^>"']+|"[^"]*"|'[^']*')*>/gi;

function wrapText(text: string): string {
  return keepTogetherParts(text)
    .map((p) => (p.keep ? `<span class="${KEEP_TOGETHER_CLASS}">${p.text}</span>` : p.text))
    .join('');
}

/**
 * Wraps «CV-en» and the like in a page's text in a span that keeps them on one line. Attributes,
 * the head, scripts, code, form options and SVG are left as they are.
 * @param html - a whole HTML page as rendered
 * @returns the page with those words wrapped (the same string when there are none)
 */
export function keepTogetherInHtml(html: string): string {
  if (!CANDIDATE.test(html)) return html;
  let out = '';
  let at = 0;
  // The open elements from the outermost left-alone one inwards; text is wrapped only when empty.
  const open: string[] = [];
  const tags = new RegExp(TAG.source, TAG.flags);
  for (let m = tags.exec(html); m; m = tags.exec(html)) {
    const text = html.slice(at, m.index);
    out += (open.length === 0 ? wrapText(text) : text) + m[0];
    at = m.index + m[0].length;
    const name = m[2]?.toLowerCase();
    if (!name) continue;
    if (m[1]) {
      if (open.at(-1) === name) open.pop();
      continue;
    }
    if (RAW_TEXT.has(name)) {
      // Copy the raw text up to its end tag unread: a script's `<` starts no tag.
      const end = new RegExp(`</${name}`, 'gi');
      end.lastIndex = at;
      const stop = end.exec(html)?.index ?? html.length;
      out += html.slice(at, stop);
      at = stop;
      tags.lastIndex = stop;
      continue;
    }
    if (VOID.has(name) || m[0].endsWith('/>')) continue;
    if (open.length > 0 || LEAVE_ALONE.has(name)) open.push(name);
  }
  return out + (open.length === 0 ? wrapText(html.slice(at)) : html.slice(at));
}
