// Search benchmark: builds the site with 1,000 and 10,000 extra synthetic stories, serves it on
// 127.0.0.1 and measures in Chromium what a search costs: bytes downloaded and time to results.
// Usage: npm run bench:search [-- 1000 10000]   (sizes default to 1000 and 10000)
// Figures go to stdout; record them in docs/performance.md, section "Search".
import { spawnSync } from 'node:child_process';
import { cpSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { join, resolve } from 'node:path';
import { chromium } from 'playwright-core';
import sirv from 'sirv';

const ROOT = resolve(import.meta.dirname, '..');
const sizes = process.argv.slice(2).map(Number).filter((n) => n > 0);
const SIZES = sizes.length > 0 ? sizes : [1000, 10000];

const INDUSTRIES = ['bygg-og-anlegg', 'handel', 'helse-og-omsorg', 'hotell-og-restaurant', 'industri', 'it-og-teknologi', 'mat-og-drikke', 'renhold-og-eiendom'];
const COUNTIES = ['agder', 'akershus', 'nordland', 'oslo', 'rogaland', 'troms', 'trondelag', 'vestland', 'more-og-romsdal', 'ostfold'];
const MEASURES = ['arbeidstrening', 'mentor', 'midlertidig-lonnstilskudd', 'varig-lonnstilskudd', 'inkluderingstilskudd', 'oppfolging'];
const FOCUS = ['senke-terskelen', 'psykisk-helse', 'opplaering'];

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

async function serve(dir) {
  const files = sirv(dir, { dev: false, etag: true, extensions: ['html'], gzip: false });
  const server = createServer((req, res) => files(req, res, () => ((res.statusCode = 404), res.end())));
  await new Promise((r) => server.listen(0, '127.0.0.1', r));
  return { origin: `http://127.0.0.1:${server.address().port}`, close: () => new Promise((r) => server.close(r)) };
}

/** Bytes received per URL path, from the DevTools protocol (what went over the wire). */
async function byteCounter(page) {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Network.enable');
  const urls = new Map();
  const bytes = [];
  cdp.on('Network.requestWillBeSent', (e) => urls.set(e.requestId, new URL(e.request.url).pathname));
  cdp.on('Network.loadingFinished', (e) => bytes.push({ path: urls.get(e.requestId) ?? '', bytes: e.encodedDataLength }));
  return {
    mark: () => bytes.length,
    since: (from, filter = () => true) => bytes.slice(from).filter((b) => filter(b.path)).reduce((sum, b) => sum + b.bytes, 0),
  };
}

/** Runs one query in the page's search box; returns ms until the result count is announced. */
async function timedQuery(page, query) {
  return page.evaluate(async (q) => {
    const input = document.querySelector('#sok-q');
    const status = document.querySelector('[data-status]');
    const before = status.textContent;
    const started = performance.now();
    const done = new Promise((resolveDone) => {
      new MutationObserver((_, observer) => {
        if (status.textContent !== before && status.textContent.includes(q)) {
          observer.disconnect();
          resolveDone(performance.now() - started);
        }
      }).observe(status, { childList: true, characterData: true, subtree: true });
    });
    input.value = q;
    input.form.requestSubmit();
    return done;
  }, query);
}

async function measure(origin) {
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
  const page = await (await browser.newContext()).newPage();
  const counter = await byteCounter(page);
  const isSearch = (p) => p.includes('/pagefind/');
  // A first query on a fresh /sok/ page. The page starts loading Pagefind when it opens, so the
  // bytes are all Pagefind files up to the first results; the time runs from submitting the query.
  await page.goto(`${origin}/sok/`, { waitUntil: 'networkidle' });
  const firstMs = await timedQuery(page, 'lonnstilskudd');
  await page.waitForLoadState('networkidle');
  const firstBytes = counter.since(0, isSearch);
  const second = counter.mark();
  const secondMs = await timedQuery(page, 'mentor');
  await page.waitForLoadState('networkidle');
  const secondBytes = counter.since(second, isSearch);
  // A shared link: the whole page plus its results, cold.
  const cold = await (await browser.newContext()).newPage();
  const coldCounter = await byteCounter(cold);
  const coldStart = Date.now();
  await cold.goto(`${origin}/sok/?q=mentor`);
  await cold.waitForFunction(() => /treff/.test(document.querySelector('[data-status]')?.textContent ?? ''));
  const deepLinkMs = Date.now() - coldStart;
  await cold.waitForLoadState('networkidle');
  const deepLinkBytes = coldCounter.since(0);
  await browser.close();
  return { firstMs, firstBytes, secondMs, secondBytes, deepLinkMs, deepLinkBytes };
}

const kb = (b) => `${(b / 1024).toFixed(1)} KB`;
const ms = (t) => `${Math.round(t)} ms`;
console.log('stories | build | index | first query (bytes, time) | second query (bytes, time) | deep link, cold (all bytes, time)');
for (const n of SIZES) {
  const built = build(n);
  const server = await serve(built.dist);
  const m = await measure(server.origin);
  await server.close();
  console.log(
    `${n} | ${built.buildSeconds.toFixed(0)} s | ${built.indexLine} | ${kb(m.firstBytes)}, ${ms(m.firstMs)} | ${kb(m.secondBytes)}, ${ms(m.secondMs)} | ${kb(m.deepLinkBytes)}, ${ms(m.deepLinkMs)}`,
  );
  rmSync(built.work, { recursive: true, force: true });
}
