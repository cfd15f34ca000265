#!/usr/bin/env node
// Turns the build's `_redirects` file (Netlify format, written from the content's aliases) into
// nginx `location` blocks with a 301 each: `node deploy/nginx-redirects.mjs dist > redirects.conf`.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * nginx configuration for the `from to status` lines of a `_redirects` file; comments and blank
 * lines are skipped, and only plain paths are accepted (no splats or placeholders).
 * @param {string} text contents of `_redirects`
 * @returns {string} one `location = from { return status to; }` per rule
 */
export function nginxRedirects(text) {
  const rules = text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line !== '' && !line.startsWith('#'))
    .map((line) => {
      const [from = '', to = '', status = '301'] = line.split(/\s+/);
      if (!/^\/[\w\-./%]*$/.test(from) || !/^(\/|https:\/\/)[\w\-./%:]*$/.test(to) || !/^30[1278]$/.test(status)) {
        throw new Error(`_redirects: cannot convert "${line}"`);
      }
      return `location = ${from} { return ${status} ${to}; }`;
    });
  return `# Generated from _redirects by deploy/nginx-redirects.mjs.\n${rules.join('\n')}\n`;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const dir = process.argv[2] ?? 'dist';
  process.stdout.write(nginxRedirects(readFileSync(join(dir, '_redirects'), 'utf8')));
}
