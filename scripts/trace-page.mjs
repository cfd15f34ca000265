// Where a page load spends the browser's main thread: loads pages of a build in Chromium with
// Lighthouse's mobile screen (412 × 823, 1.75 device pixels, touch), records a trace and prints,
// per page, the median over the runs of the time in parsing HTML, style, layout (and how much of
// layout went to looking up fonts), paint and script. Lighthouse counts every long main-thread
// task against Total Blocking Time, so this shows what the audit's lost points are made of.
//
//   npm run trace -- /historier/bakeriet-i-trondheim/ /     pages of dist/ (build first)
//   npm run trace -- --dist .tmp/audit-dist --runs 9 /      another build, more runs (default 5)
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { launchBrowser } from '../tests/e2e/support/browser.ts';
import { startNginx } from '../tests/e2e/support/nginx.ts';
import { median } from './bench/stats.mjs';

const CATEGORIES = ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'blink', 'fonts', 'v8'];
/** Trace events to add up, by what they are called in the table. */
const KINDS = {
  'parse HTML': ['ParseHTML'],
  style: ['UpdateLayoutTree'],
  layout: ['Layout'],
  'of which font lookups': ['FontCache::GetFontPlatformData'],
  paint: ['Paint', 'PrePaint'],
  script: ['EvaluateScript', 'v8.compile', 'FunctionCall', 'v8.callFunction'],
};

/** Total duration in ms of events named in `names`, counting nested events of those names once. */
function timeIn(events, names) {
  const matching = events.filter((e) => names.includes(e.name)).sort((a, b) => a.ts - b.ts);
  let total = 0;
  let end = -Infinity;
  for (const e of matching) {
    const from = Math.max(e.ts, end);
    if (e.ts + e.dur > from) total += e.ts + e.dur - from;
    end = Math.max(end, e.ts + e.dur);
  }
  return total / 1000;
}

/** Main-thread time per kind, in ms, for one load of `url`. */
async function traceOnce(browser, url, file) {
  const context = await browser.newContext({ viewport: { width: 412, height: 823 }, deviceScaleFactor: 1.75, isMobile: true, hasTouch: true });
  const page = await context.newPage();
  await page.goto('about:blank');
  await browser.startTracing(page, { path: file, categories: CATEGORIES });
  await page.goto(url, { waitUntil: 'networkidle' });
  await browser.stopTracing();
  await context.close();
  const events = JSON.parse(readFileSync(file, 'utf8')).traceEvents;
  const main = new Set(events.filter((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain').map((e) => `${e.pid}:${e.tid}`));
  const onMain = events.filter((e) => e.ph === 'X' && e.dur && main.has(`${e.pid}:${e.tid}`));
  return Object.fromEntries(Object.entries(KINDS).map(([kind, names]) => [kind, timeIn(onMain, names)]));
}

const { values, positionals: paths } = parseArgs({
  options: { dist: { type: 'string', default: 'dist' }, runs: { type: 'string', default: '5' } },
  allowPositionals: true,
});
const runs = Number(values.runs);
if (paths.length === 0) throw new Error('Name at least one page, for example: npm run trace -- /');
const server = await startNginx(resolve(values.dist));
const browser = await launchBrowser();
const work = mkdtempSync(join(tmpdir(), 'trace-page-'));
try {
  console.log(`median of ${runs} loads, ms of main-thread time | ${Object.keys(KINDS).join(' | ')}`);
  for (const path of paths) {
    const samples = [];
    for (let run = 0; run < runs; run++) samples.push(await traceOnce(browser, server.origin + path, join(work, 'trace.json')));
    console.log(`${path} | ${Object.keys(KINDS).map((kind) => median(samples.map((s) => s[kind])).toFixed(1)).join(' | ')}`);
  }
} finally {
  await browser.close();
  await server.close();
  rmSync(work, { recursive: true, force: true });
}
