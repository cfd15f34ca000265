/**
 * Reads `public/_headers` (the Netlify / Cloudflare Pages format) so tests and scripts can serve
 * the built site with exactly the headers a host would send.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export interface HeaderRule {
  /** URL pattern, for example `/*` or `/_astro/*`; `*` matches any run of characters. */
  pattern: string;
  headers: [name: string, value: string][];
}

/** Parses `_headers` text: a pattern line, then indented `Name: value` lines; `#` starts a comment. */
export function parseHeaders(text: string): HeaderRule[] {
  const rules: HeaderRule[] = [];
  for (const [index, raw] of text.split(/\r?\n/).entries()) {
    const line = raw.trimEnd();
    if (line.trim() === '' || line.trim().startsWith('#')) continue;
    if (!/^\s/.test(line)) {
      rules.push({ pattern: line.trim(), headers: [] });
      continue;
    }
    const current = rules.at(-1);
    const colon = line.indexOf(':');
    if (!current || colon < 0) throw new Error(`_headers line ${index + 1}: expected "Name: value" under a path`);
    current.headers.push([line.slice(0, colon).trim(), line.slice(colon + 1).trim()]);
  }
  return rules;
}

/** Whether a `_headers` pattern matches a URL path (query strings are ignored). */
export function patternMatches(pattern: string, path: string): boolean {
  const escaped = pattern.split('*').map((part) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&'));
  return new RegExp(`^${escaped.join('.*')}$`).test(path.split('?')[0] ?? '');
}

/**
 * The headers a host sends for `path` (relative to the site root): every matching rule applies,
 * and a header set by two rules gets both values joined with ", " as Cloudflare and Netlify do.
 */
export function headersFor(rules: HeaderRule[], path: string): Record<string, string> {
  const result: Record<string, string> = {};
  for (const rule of rules) {
    if (!patternMatches(rule.pattern, path)) continue;
    for (const [name, value] of rule.headers) {
      const key = name.toLowerCase();
      result[key] = result[key] === undefined ? value : `${result[key]}, ${value}`;
    }
  }
  return result;
}

/** The rules in a built site's `_headers` file (copied there from `public/`). */
export function readHeaderRules(dir: string): HeaderRule[] {
  return parseHeaders(readFileSync(join(dir, '_headers'), 'utf8'));
}

/** The security headers every response must carry, whichever host serves the site. */
export const SECURITY_HEADERS = [
  'content-security-policy',
  'x-content-type-options',
  'x-frame-options',
  'referrer-policy',
  'permissions-policy',
  'cross-origin-opener-policy',
  'strict-transport-security',
] as const;
