// Search benchmark: builds the site with 1,000 and 10,000 extra synthetic stories, serves it on
// 127.0.0.1 and measures in Chromium what a search costs: bytes downloaded and time to results.
// Usage: npm run bench:search [-- [--html] 1000 10000]   (sizes default to 1000 and 10000)
//   default: synthetic story files in a copy of content/, full `astro build` (about 10 minutes
//            at 10,000 stories; see "Build benchmark" in docs/performance.md).
//   --html:  builds the real site once, writes synthetic story pages straight into the build and
//            indexes everything with the project's own indexing code (search cost only, minutes).
// Figures go to stdout; record them in docs/performance.md, section "Search".
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { createServer as createViteServer } from 'vite';
import { launchBrowser } from '../tests/e2e/support/browser.ts';
import { NGINX, startNginx } from '../tests/e2e/support/nginx.ts';
import { median } from './bench/stats.mjs';

const ROOT = resolve(import.meta.dirname, '..');
const HTML_MODE = process.argv.includes('--html');
const sizes = process.argv.slice(2).map(Number).filter((n) => n > 0);
const SIZES = sizes.length > 0 ? sizes : [1000, 10000];

const INDUSTRIES = ['bygg-og-anlegg', 'handel', 'helse-og-omsorg', 'hotell-og-restaurant', 'industri', 'it-og-teknologi', 'mat-og-drikke', 'renhold-og-eiendom'];
const COUNTIES = ['agder', 'akershus', 'nordland', 'oslo', 'rogaland', 'troms', 'trondelag', 'vestland', 'more-og-romsdal', 'ostfold'];
/** Pause between keystrokes when a query is typed: a steady typist, under the page's 150 ms search pause. */
const TYPING_MS = 100;
const MEASURES = ['arbeidstrening', 'mentor', 'midlertidig-lonnstilskudd', 'varig-lonnstilskudd', 'inkluderingstilskudd', 'oppfolging'];
const FOCUS = ['senke-terskelen', 'psykisk-helse', 'opplaering'];
/**
 * More pasted second queries, after the one above: words common in the real stories (some typed
 * without æ, ø or å), so the figure is not one word's alone.
 */
const PASTED_WORDS = ['inkludering', 'oppfolging', 'bedrift', 'tilrettelegging', 'kommune', 'helse', 'arbeidsgiver', 'laerling', 'praksis', 'veileder'];
/**
 * Refining quickly: the second word of each pair is submitted 150 ms after the first word's results
 * are shown, while the facet counts for the first (a word most pages have) are being worked out.
 * Both words were searched before, so their index chunks are loaded and the time is what is left.
 */
const REFINED = [['bedrift', 'helse'], ['arbeidsgiver', 'praksis'], ['kommune', 'veileder']];
/**
 * Fresh pages (each in a new browser context, so nothing is cached) the first and second query are
 * timed on: on this 2-core machine one page's figure moves by a third from run to run.
 */
const FRESH_PAGES = 5;

/** A deterministic pseudo-random generator, so every run indexes the same text. */
function random(seed) {
  let s = seed;
  return () => ((s = (s * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
}

/** Words from the real stories, so the synthetic ones have a realistic vocabulary. */
function vocabulary(contentDir) {
  const dir = join(contentDir, 'stories');
  const text = readdirSync(dir)
    .filter((f) => f.endsWith('.mdx'))
    .map((f) => readFileSync(join(dir, f), 'utf8').split('---').slice(2).join(' '))
    .join(' ');
  return text.match(/[\p{L}]{3,}/gu) ?? [];
}

function story(i, rnd, words) {
  const pick = (list) => list[Math.floor(rnd() * list.length)];
  const sentence = (n) => {
    const s = Array.from({ length: n }, () => pick(words).toLowerCase()).join(' ');
    return s.charAt(0).toUpperCase() + s.slice(1) + '.';
  };
  const paragraph = () => Array.from({ length: 5 }, () => sentence(8 + Math.floor(rnd() * 8))).join(' ');
  const measures = [...new Set([pick(MEASURES), pick(MEASURES)])];
  const day = String(1 + (i % 28)).padStart(2, '0');
  return `---
title: Syntetisk historie ${i} om ${pick(words).toLowerCase()}
description: ${sentence(14)}
lang: ${i % 5 === 0 ? 'nn' : 'nb'}
published: 2025-0${1 + (i % 9)}-${day}
illustrative: true
image:
  src: ./images/bakeriet-i-trondheim.svg
  alt: Tegning til en syntetisk historie.
business: Bedrift med ${5 + (i % 200)} ansatte
industry: ${pick(INDUSTRIES)}
county: ${pick(COUNTIES)}
companySize: liten
targetGroups: [hull-i-cv]
measures: [${measures.join(', ')}]
focusArea: ${pick(FOCUS)}
quote:
  text: ${sentence(10)}
  by: Daglig leder
result: ${sentence(12)}
---

## Om bedriften

${paragraph()}

## Situasjonen

${paragraph()}

## Hva arbeidsgiveren gjorde

${paragraph()}
`;
}

function build(n) {
  const work = join(ROOT, `.tmp/bench-search-${n}`);
  rmSync(work, { recursive: true, force: true });
  const content = join(work, 'content');
  cpSync(join(ROOT, 'content'), content, { recursive: true });
  const rnd = random(n);
  const words = vocabulary(content);
  for (let i = 1; i <= n; i++) writeFileSync(join(content, 'stories', `syntetisk-${i}.mdx`), story(i, rnd, words));
  const started = Date.now();
  const result = spawnSync(process.execPath, ['scripts/build.mjs'], {
    cwd: ROOT,
    env: { ...process.env, CONTENT_DIR: content, ASTRO_CACHE_DIR: join(work, 'cache'), OUT_DIR: join(work, 'dist') },
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
  });
  if (result.status !== 0) throw new Error(`Build with ${n} stories failed:\n${result.stdout.slice(-3000)}\n${result.stderr.slice(-3000)}`);
  const indexLine = result.stdout.split('\n').find((l) => l.includes('Indexed')) ?? '';
  return { work, dist: join(work, 'dist'), buildSeconds: (Date.now() - started) / 1000, indexLine: indexLine.replace(/^.*\] /, '') };
}

function escapeHtml(text) {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** A synthetic story page: the real story page's shell with generated main content and facets. */
function storyPage(template, i, rnd, words) {
  const pick = (list) => list[Math.floor(rnd() * list.length)];
  const sentence = (n) => {
    const t = Array.from({ length: n }, () => pick(words).toLowerCase()).join(' ');
    return t.charAt(0).toUpperCase() + t.slice(1) + '.';
  };
  const paragraph = () => Array.from({ length: 5 }, () => sentence(8 + Math.floor(rnd() * 8))).join(' ');
  const filters = { type: ['historie'], sprak: [i % 5 === 0 ? 'nn' : 'nb'], bransje: [pick(INDUSTRIES)], fylke: [pick(COUNTIES)], virkemiddel: [...new Set([pick(MEASURES), pick(MEASURES)])], innsatsomrade: [pick(FOCUS)] };
  const date = `2025-0${1 + (i % 9)}-${String(1 + (i % 28)).padStart(2, '0')}`;
  const spans = [
    ...Object.entries(filters).flatMap(([k, vs]) => vs.map((v) => `<span data-pagefind-filter="${k}[data-verdi]" data-verdi="${v}"></span>`)),
    `<span data-pagefind-sort="dato[data-verdi]" data-verdi="${date}"></span>`,
    `<span data-pagefind-meta="type[data-verdi]" data-verdi="Historie"></span>`,
    `<span data-pagefind-meta="dato[data-verdi]" data-verdi="${date}"></span>`,
  ].join('');
  const main =
    `<article><h1>Syntetisk historie ${i} om ${escapeHtml(pick(words).toLowerCase())}</h1><p>${escapeHtml(sentence(14))}</p>` +
    ['Om bedriften', 'Situasjonen', 'Hva arbeidsgiveren gjorde'].map((h, n) => `<h2 id="del-${n}">${h}</h2><p>${escapeHtml(paragraph())}</p>`).join('') +
    `</article><div hidden>${spans}</div>`;
  return template.replace(/(<main\b[^>]*>)[\s\S]*(<\/main>)/, (_, open, close) => `${open}${main}${close}`);
}

let htmlSiteBuilt = false;

/** Builds the real site, adds `n` synthetic story pages to it and indexes it all again. */
async function buildHtml(n) {
  const work = join(ROOT, `.tmp/bench-search-html`);
  const dist = join(work, 'dist');
  const started = Date.now();
  // Built once per run (the sizes share it), never reused from an earlier run: it must be this code.
  if (!htmlSiteBuilt) {
    htmlSiteBuilt = true;
    rmSync(work, { recursive: true, force: true });
    const result = spawnSync(process.execPath, ['scripts/build.mjs'], {
      cwd: ROOT,
      env: { ...process.env, ASTRO_CACHE_DIR: join(work, 'cache'), OUT_DIR: dist },
      encoding: 'utf8',
      maxBuffer: 256 * 1024 * 1024,
    });
    if (result.status !== 0) throw new Error(`Build failed:\n${result.stdout.slice(-3000)}\n${result.stderr.slice(-3000)}`);
  }
  rmSync(join(dist, 'historier-syntetisk'), { recursive: true, force: true });
  const template = readFileSync(join(dist, 'historier/bakeriet-i-trondheim/index.html'), 'utf8');
  const rnd = random(n);
  const words = vocabulary(join(ROOT, 'content'));
  for (let i = 1; i <= n; i++) {
    const dir = join(dist, 'historier-syntetisk', String(i));
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, 'index.html'), storyPage(template, i, rnd, words));
  }
  // The project's own indexing code (TypeScript), loaded through Vite.
  const vite = await createViteServer({ root: ROOT, configFile: false, logLevel: 'error', appType: 'custom', server: { middlewareMode: true, hmr: false } });
  const { addPage, checkPagefind, closeSearch, createSearchIndex } = await vite.ssrLoadModule('/src/integrations/search-pagefind.ts');
  const indexStarted = Date.now();
  const index = await createSearchIndex();
  const files = readdirSync(dist, { recursive: true }).filter((f) => String(f).endsWith('.html'));
  let indexed = 0;
  for (let i = 0; i < files.length; i += 32) {
    const batch = files.slice(i, i + 32);
    const added = await Promise.all(batch.map(async (f) => addPage(index, readFileSync(join(dist, f), 'utf8'), { sourcePath: String(f) })));
    indexed += added.filter(Boolean).length;
  }
  rmSync(join(dist, 'pagefind'), { recursive: true, force: true });
  const { errors } = await index.writeFiles({ outputPath: join(dist, 'pagefind') });
  checkPagefind('writing the index', errors);
  await closeSearch();
  await vite.close();
  const indexLine = `Indexed ${indexed} pages in ${Date.now() - indexStarted} ms`;
  return { work, dist, buildSeconds: (Date.now() - started) / 1000, indexLine, keep: true };
}

const TYPES = { html: 'text/html; charset=utf-8', js: 'text/javascript', css: 'text/css', json: 'application/json', svg: 'image/svg+xml', xml: 'application/xml' };

/**
 * Serves `dir` with nginx and deploy/ (its gzip and caching, as in production: the search page's
 * two Pagefind instances share the files the browser has cached). Without nginx, a Node server
 * compresses text types the same way but sends no caching headers.
 */
async function serve(dir) {
  if (existsSync(NGINX)) return startNginx(dir);
  console.log(`Note: no nginx at ${NGINX}; serving with Node, without caching headers.`);
  const server = createServer((req, res) => {
    const path = decodeURIComponent((req.url ?? '/').split('?')[0] ?? '/');
    const file = join(dir, path.endsWith('/') ? `${path}index.html` : path);
    if (!file.startsWith(dir) || !existsSync(file) || !statSync(file).isFile()) {
      res.statusCode = 404;
      return res.end();
    }
    const ext = file.split('.').pop() ?? '';
    let body = readFileSync(file);
    res.setHeader('content-type', TYPES[ext] ?? 'application/octet-stream');
    if (TYPES[ext] && /gzip/.test(req.headers['accept-encoding'] ?? '')) {
      body = gzipSync(body, { level: 6 });
      res.setHeader('content-encoding', 'gzip');
    }
    res.end(body);
  });
  await new Promise((r) => server.listen(0, '127.0.0.1', r));
  return { origin: `http://127.0.0.1:${server.address().port}`, close: () => new Promise((r) => server.close(r)) };
}

/** Bytes received (encoded body + headers) per request, including Pagefind's worker requests. */
async function byteCounter(page) {
  const bytes = [];
  const pending = new Set();
  page.on('requestfinished', (req) => {
    const measured = req
      .sizes()
      .then((s) => bytes.push({ path: new URL(req.url()).pathname, bytes: s.responseBodySize + s.responseHeadersSize }))
      // Requests still finishing when their page is closed are no longer counted.
      .catch(() => undefined);
    pending.add(measured);
    void measured.finally(() => pending.delete(measured));
  });
  return {
    mark: () => bytes.length,
    /** Bytes since `from`, once every finished request has been measured. */
    since: async (from, filter = () => true) => {
      await Promise.all(pending);
      return bytes.slice(from).filter((b) => filter(b.path)).reduce((sum, b) => sum + b.bytes, 0);
    },
  };
}

/**
 * Starts watching the search page for the results of query `q`. The clock starts now, or with
 * `fromEnter` when Enter is pressed in the search box. `window.__results` then resolves to the ms
 * until the first result is on the page (`first`) and until the count is announced (`all`, after
 * the first ten are shown).
 */
async function watchResults(page, q, fromEnter) {
  await page.evaluate(
    ([q, fromEnter]) => {
      const input = document.querySelector('#sok-q');
      const status = document.querySelector('[data-status]');
      const list = document.querySelector('[data-results]');
      let started = fromEnter ? 0 : performance.now();
      let first = 0;
      if (fromEnter) {
        input.addEventListener('keydown', (event) => {
          if (event.key === 'Enter') started = performance.now();
        });
      }
      // The list is left as it is (clearing it would add layout work to the time measured): the
      // page replaces it when the results arrive, so the first <li> added to it is this query's.
      const addsResult = (records) => records.some((r) => r.target === list && [...r.addedNodes].some((n) => n.nodeName === 'LI'));
      window.__results = new Promise((resolveDone) => {
        new MutationObserver((records, observer) => {
          if (!started) return;
          if (!first && addsResult(records)) first = performance.now() - started;
          if (status.textContent.includes(`«${q}»`)) {
            observer.disconnect();
            resolveDone({ first: first || performance.now() - started, all: performance.now() - started });
          }
        }).observe(input.form, { childList: true, characterData: true, subtree: true });
      });
    },
    [q, fromEnter],
  );
}

/** Puts a query in the search box and submits it at once, as when pasted; returns its timings. */
async function timedQuery(page, query) {
  await watchResults(page, query, false);
  await page.evaluate((q) => {
    const input = document.querySelector('#sok-q');
    input.value = q;
    input.form.requestSubmit();
  }, query);
  return page.evaluate(() => window.__results);
}

/**
 * Types a query key by key (as a person does, which lets the page fetch index chunks while the
 * word is typed) and presses Enter; returns its timings from Enter.
 */
async function typedQuery(page, query) {
  await page.fill('#sok-q', '');
  await watchResults(page, query, true);
  await page.locator('#sok-q').pressSequentially(query, { delay: TYPING_MS });
  await page.keyboard.press('Enter');
  return page.evaluate(() => window.__results);
}

/** A first and a second query on a fresh /sok/ page; returns their figures and the page. */
async function firstAndSecond(browser, origin) {
  const page = await (await browser.newContext()).newPage();
  const counter = await byteCounter(page);
  const isSearch = (p) => p.includes('/pagefind/');
  // A first query on a fresh /sok/ page. The page starts loading Pagefind when the search box gets
  // focus (as when a person clicks into it and starts typing), so the bytes are all Pagefind files
  // up to the results; the time runs from submitting the query.
  await page.goto(`${origin}/sok/`, { waitUntil: 'networkidle' });
  await page.focus('#sok-q');
  // About the time it takes to type a word.
  await page.waitForTimeout(1500);
  const first = await timedQuery(page, 'lonnstilskudd');
  // What had arrived when the results were shown; then what the facet counts add after them.
  const firstBytes = await counter.since(0, isSearch);
  await page.waitForTimeout(1500);
  const firstWithFacets = await counter.since(0, isSearch);
  const secondFrom = counter.mark();
  const second = await timedQuery(page, 'mentor');
  await page.waitForLoadState('networkidle');
  const secondBytes = await counter.since(secondFrom, isSearch);
  return { page, first, firstBytes, firstWithFacets, second, secondBytes };
}

async function measure(origin) {
  const browser = await launchBrowser();
  const runs = [];
  for (let i = 0; i < FRESH_PAGES; i++) {
    if (runs.length > 0) await runs.at(-1).page.close();
    runs.push(await firstAndSecond(browser, origin));
  }
  // The rest goes on in the last page, after its first and second query.
  const { page, firstBytes, firstWithFacets, secondBytes } = runs.at(-1);
  const first = runs.map((r) => r.first);
  const second = runs.map((r) => r.second);
  // The same kind of second query, typed: another word, so nothing of it is cached yet.
  await page.waitForTimeout(1500);
  const typed = await typedQuery(page, 'arbeidstrening');
  const pasted = [];
  for (const word of PASTED_WORDS) {
    await page.waitForTimeout(700);
    pasted.push((await timedQuery(page, word)).first);
  }
  const refined = [];
  for (const [word, refinement] of REFINED) {
    await page.waitForTimeout(1500);
    await timedQuery(page, word);
    await page.waitForTimeout(150);
    refined.push((await timedQuery(page, refinement)).first);
  }
  // A shared link: the whole page plus its results, cold.
  const cold = await (await browser.newContext()).newPage();
  const coldCounter = await byteCounter(cold);
  const coldStart = Date.now();
  await cold.goto(`${origin}/sok/?q=mentor`);
  await cold.waitForFunction(() => /treff/.test(document.querySelector('[data-status]')?.textContent ?? ''));
  const deepLinkMs = Date.now() - coldStart;
  await cold.waitForLoadState('networkidle');
  const deepLinkBytes = await coldCounter.since(0);
  await browser.close();
  return { first, firstBytes, firstWithFacets, second, secondBytes, typed, pasted, refined, deepLinkMs, deepLinkBytes };
}

const kb = (b) => `${(b / 1024).toFixed(1)} KB`;
const ms = (t) => `${Math.round(t)} ms`;
const times = (t) => `${ms(t.first)} (all ten: ${ms(t.all)})`;
/** Median and slowest of a list of times. */
const spread = (list) => `median ${ms(median(list))}, slowest ${ms(Math.max(...list))}`;
/** Median and slowest time to the first result of timings from fresh pages, and the median time to all ten. */
const timesOver = (runs) => `${spread(runs.map((t) => t.first))} (all ten: median ${ms(median(runs.map((t) => t.all)))})`;
console.log(`mode: ${HTML_MODE ? 'synthetic pages added to the built site (--html)' : 'full astro build'}`);
console.log(`stories | build | index | first query (bytes, time on ${FRESH_PAGES} fresh pages) | second query (bytes, time on the same pages) | second query typed (time from Enter) | ${PASTED_WORDS.length} more pasted second queries (time to the first result) | refined 150 ms after results (time to the first result) | deep link, cold (all bytes, time)`);
for (const n of SIZES) {
  const built = HTML_MODE ? await buildHtml(n) : build(n);
  // The build leaves thousands of files to be written out; let that finish before timing anything.
  spawnSync('sync');
  await new Promise((r) => setTimeout(r, 3000));
  const server = await serve(built.dist);
  const m = await measure(server.origin);
  await server.close();
  console.log(
    `${n} | ${built.buildSeconds.toFixed(0)} s | ${built.indexLine} | ${kb(m.firstBytes)} (${kb(m.firstWithFacets)} with facet counts), ${timesOver(m.first)} | ${kb(m.secondBytes)}, ${timesOver(m.second)} | ${times(m.typed)} | ${spread(m.pasted)} | ${spread(m.refined)} | ${kb(m.deepLinkBytes)}, ${ms(m.deepLinkMs)}`,
  );
  if (!built.keep) rmSync(built.work, { recursive: true, force: true });
}
