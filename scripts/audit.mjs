// Lighthouse (mobile) on the key pages of a fresh build, served on 127.0.0.1 by nginx with the
// configuration in deploy/ (headers, caching, compression), in Debian's Chromium. Prints the four category scores per page and, for
// anything under 100, the audits that cost points.
//
//   npm run audit                  build into .tmp/audit-dist, then audit it
//   npm run audit -- --dist dist   audit an existing build instead
//   npm run audit -- --runs 5      runs per page (default 3); the median run by Performance counts,
//                                  because a busy 2-core machine makes single runs noisy
//
// It also audits a control page (a heading and a sentence, no CSS, no JavaScript) the same way, so
// the figures show what this machine and browser cost on their own: Total Blocking Time is
// measured from the browser's own tasks, and on a slow or busy host even an empty page has some.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import lighthouse from 'lighthouse';
import * as chromeLauncher from 'chrome-launcher';
import { serve } from '../tests/e2e/support/server.ts';
import { NGINX, startNginx } from '../tests/e2e/support/nginx.ts';
import { headersFor, readHeaderRules } from '../tests/e2e/support/headers.ts';
import { sitemapPaths } from '../tests/e2e/support/sitemap.ts';
import { CHROMIUM_ARGS, chromiumPath } from '../tests/e2e/support/browser.ts';

const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'];

/** The folder to audit: `--dist <dir>`, or a fresh build in .tmp/audit-dist. */
function distFolder() {
  if (argument('dist')) return resolve(argument('dist'));
  const out = resolve('.tmp/audit-dist');
  const result = spawnSync(process.execPath, ['scripts/build.mjs'], { stdio: ['ignore', 'ignore', 'inherit'], env: { ...process.env, OUT_DIR: out, BASE_PATH: '/' } });
  if (result.status !== 0) throw new Error('The build failed');
  return out;
}

/** Home, a story, a measure, a search with a query and the finder (when it exists). */
function pagesToAudit(dist) {
  const pages = sitemapPaths(dist);
  const first = (section, preferred) =>
    pages.find((p) => p === `/${section}/${preferred}/`) ?? pages.find((p) => new RegExp(`^/${section}/[^/]+/$`).test(p));
  const list = ['/', first('historier', 'bakeriet-i-trondheim'), first('virkemidler', 'mentor'), '/sok/?q=mentor'];
  if (existsSync(join(dist, 'veiviser/index.html'))) list.push('/veiviser/');
  else console.log('Note: /veiviser/ is not in this build yet, so it is not audited.');
  return list.filter(Boolean);
}

/** Value of a `--name <value>` argument. */
function argument(name) {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1] : undefined;
}

/** Runs Lighthouse `runs` times on `url` and returns the run with the median Performance score. */
async function medianRun(url, port, runs) {
  const results = [];
  for (let i = 0; i < runs; i++) {
    const { lhr } = await lighthouse(url, { port, output: 'json', logLevel: 'error', onlyCategories: CATEGORIES });
    if (lhr.runtimeError) console.log(`${url}: Lighthouse could not finish: ${lhr.runtimeError.code} ${lhr.runtimeError.message}`);
    results.push(lhr);
  }
  // A run Lighthouse could not finish (e.g. NO_NAVSTART) says nothing about the page: leave it out.
  const finished = results.filter((lhr) => !lhr.runtimeError);
  const usable = finished.length > 0 ? finished : results;
  usable.sort((a, b) => (a.categories.performance.score ?? 0) - (b.categories.performance.score ?? 0));
  return usable[Math.floor(usable.length / 2)];
}

/** Audits that lost points in a category, as "title (score)". */
function lostPoints(lhr, category) {
  return lhr.categories[category].auditRefs
    .filter((ref) => ref.weight > 0)
    .map((ref) => lhr.audits[ref.id])
    .filter((a) => a.score !== null && a.score < 1)
    .map((a) => `${a.title} (${Math.round(a.score * 100)}${a.displayValue ? `, ${a.displayValue}` : ''})`);
}

/** nginx with deploy/ (headers, caching, gzip) like production; without nginx, Node with `_headers`. */
async function startServer(dist) {
  if (existsSync(NGINX)) return startNginx(dist);
  console.log(`Note: no nginx at ${NGINX}; serving without compression, so "text compression" may cost points.`);
  const rules = readHeaderRules(dist);
  return serve(dist, '/', { headers: (path) => headersFor(rules, path) });
}

/** A minimal valid page that passes every audit; what it scores is the machine's own floor. */
const CONTROL_PAGE = `<!doctype html>
<html lang="nb"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Kontrollside</title><meta name="description" content="En tom side som viser hva maskinen og nettleseren koster alene.">
<link rel="icon" href="data:,"></head>
<body><main><h1>Kontrollside</h1><p>Ingen stilark og ingen skript.</p></main></body></html>
`;

/** Serves the control page from a temporary folder. */
async function startControl() {
  const dir = mkdtempSync(join(tmpdir(), 'audit-control-'));
  writeFileSync(join(dir, 'index.html'), CONTROL_PAGE);
  const server = await serve(dir, '/');
  return { origin: server.origin, close: async () => { await server.close(); rmSync(dir, { recursive: true, force: true }); } };
}

const runs = Number(argument('runs') ?? 3);
const dist = distFolder();
const server = await startServer(dist);
const control = await startControl();
const chrome = await chromeLauncher.launch({ chromePath: chromiumPath(), chromeFlags: CHROMIUM_ARGS });
const rows = [];
try {
  const targets = [...pagesToAudit(dist).map((path) => ({ path, url: server.origin + path })), { path: 'control page', url: `${control.origin}/` }];
  for (const { path, url } of targets) {
    const lhr = await medianRun(url, chrome.port, runs);
    const scores = CATEGORIES.map((c) => Math.round((lhr.categories[c].score ?? 0) * 100));
    rows.push({ path, scores });
    console.log(`\n${path}\n  ${CATEGORIES.map((c, i) => `${lhr.categories[c].title}: ${scores[i]}`).join('   ')}`);
    for (const c of CATEGORIES) for (const lost of lostPoints(lhr, c)) console.log(`  - ${lhr.categories[c].title}: ${lost}`);
    const m = (id) => lhr.audits[id]?.displayValue ?? '–';
    console.log(`  FCP ${m('first-contentful-paint')}, LCP ${m('largest-contentful-paint')}, TBT ${m('total-blocking-time')}, CLS ${m('cumulative-layout-shift')}`);
    console.log(`  Lighthouse's CPU benchmark index for this run: ${Math.round(lhr.environment.benchmarkIndex)}`);
  }
} finally {
  chrome.kill();
  await server.close();
  await control.close();
}

console.log(`\n| page | ${CATEGORIES.join(' | ')} |\n| --- |${' --- |'.repeat(CATEGORIES.length)}`);
for (const { path, scores } of rows) console.log(`| ${path.startsWith('/') ? `\`${path}\`` : path} | ${scores.join(' | ')} |`);
const perfect = rows.filter((r) => r.path.startsWith('/')).every((r) => r.scores.every((s) => s === 100));
console.log(perfect ? '\nEvery page scores 100 in all four categories.' : '\nNot every score is 100; see the audits listed above.');
