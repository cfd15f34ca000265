// Bytes per page of a built site: each page's HTML plus the CSS and JS it links, gzipped (level 9).
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

const gz = (buf) => gzipSync(buf, { level: 9 }).length;

/** Same-origin CSS and JS a page links: stylesheets, module scripts and module preloads. */
function linkedFiles(html) {
  const css = [...html.matchAll(/<link[^>]+rel="stylesheet"[^>]*href="([^"]+)"/g)].map((m) => m[1]);
  const js = [
    ...[...html.matchAll(/<script[^>]+src="([^"]+)"/g)].map((m) => m[1]),
    ...[...html.matchAll(/<link[^>]+rel="modulepreload"[^>]*href="([^"]+)"/g)].map((m) => m[1]),
  ];
  return { css, js };
}

/**
 * Average gzipped bytes per page over the pages whose path matches `pattern` (relative to `dist`,
 * like `historier/bench-00001/index.html`).
 * @returns {{ pages: number, html: number, css: number, js: number }}
 */
export function weighPages(dist, base, pattern) {
  const files = readdirSync(dist, { recursive: true }).filter((f) => f.endsWith('index.html') && pattern.test(f));
  const cache = new Map();
  const asset = (url) => {
    const file = join(dist, url.replace(base, '/'));
    if (!cache.has(file)) cache.set(file, existsSync(file) ? gz(readFileSync(file)) : 0);
    return cache.get(file);
  };
  const sum = { html: 0, css: 0, js: 0 };
  for (const f of files) {
    const html = readFileSync(join(dist, f), 'utf8');
    const { css, js } = linkedFiles(html);
    sum.html += gz(Buffer.from(html));
    sum.css += css.reduce((a, u) => a + asset(u), 0);
    sum.js += js.reduce((a, u) => a + asset(u), 0);
  }
  const n = files.length || 1;
  return { pages: files.length, html: sum.html / n, css: sum.css / n, js: sum.js / n };
}

/** Total bytes and file count of a folder (0 when it does not exist). */
export function folderSize(dir) {
  if (!existsSync(dir)) return { bytes: 0, files: 0 };
  const files = readdirSync(dir, { recursive: true }).map((f) => join(dir, f)).filter((f) => statSync(f).isFile());
  return { bytes: files.reduce((a, f) => a + statSync(f).size, 0), files: files.length };
}
