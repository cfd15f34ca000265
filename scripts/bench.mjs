// Build benchmark: builds the site with 100, 1,000 and 10,000 synthetic stories
// and, in the same run, the same stories with a bare Astro + MDX project (the floor). Prints build
// time, gzipped bytes per story page (HTML, CSS, JS) and the Pagefind index size, with our
// figures as ratios to the floor.
//
//   npm run bench                  sizes 100, 1000 and 10000 (the 10,000 builds take most of the time)
//   npm run bench -- 100 1000      chosen sizes only
//
// Targets: build time at most 1.5 × the floor at 1,000 stories; 10,000 stories under 10 minutes.
// Search timings have their own benchmark: npm run bench:search.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, rmSync } from 'node:fs';
import { cpus } from 'node:os';
import { join, resolve } from 'node:path';
import { writeSyntheticContent } from './bench/synthetic.mjs';
import { writeFloorProject } from './bench/floor.mjs';
import { folderSize, weighPages } from './bench/weigh.mjs';

const ROOT = resolve(import.meta.dirname, '..');
const WORK = join(ROOT, '.tmp/bench');
const ASTRO = join(ROOT, 'node_modules/astro/bin/astro.mjs');
const args = process.argv.slice(2).map(Number).filter((n) => Number.isInteger(n) && n > 0);
const SIZES = args.length > 0 ? args : [100, 1000, 10000];

/** Runs a build command and returns its wall-clock seconds; throws with the output on failure. */
function timed(label, command, options) {
  const start = process.hrtime.bigint();
  const result = spawnSync(process.execPath, command, { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024, ...options });
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  if (result.status !== 0) throw new Error(`${label} failed:\n${result.stdout.slice(-4000)}\n${result.stderr.slice(-4000)}`);
  return seconds;
}

/**
 * Processed images for the real content, made once per run by an untimed build with no synthetic
 * stories (seeded from the shared cache when it exists). Every timed build starts from these, so
 * the figures show how the build scales with stories, not how long AVIF encoding of the real
 * illustrations takes; the content store and everything else stay cold.
 */
function warmImageCache() {
  const cache = join(WORK, 'image-cache');
  const dir = join(WORK, 'warm-up');
  rmSync(cache, { recursive: true, force: true });
  rmSync(dir, { recursive: true, force: true });
  const shared = join(ROOT, 'node_modules/.astro/assets');
  if (existsSync(shared)) cpSync(shared, join(cache, 'assets'), { recursive: true });
  writeSyntheticContent(join(ROOT, 'content'), join(dir, 'content'), 0);
  const seconds = timed('Warm-up build', ['scripts/build.mjs'], {
    cwd: ROOT,
    env: { ...process.env, CONTENT_DIR: join(dir, 'content'), ASTRO_CACHE_DIR: cache, OUT_DIR: join(dir, 'dist'), BASE_PATH: '/' },
  });
  rmSync(dir, { recursive: true, force: true });
  console.log(`Warm-up (real content only, fills the image cache): ${seconds.toFixed(1)} s\n`);
  return join(cache, 'assets');
}

/** Builds the site and the floor with `count` synthetic stories; returns their figures. */
function benchmark(count, imageCache) {
  const dir = join(WORK, String(count));
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const stories = writeSyntheticContent(join(ROOT, 'content'), join(dir, 'content'), count);

  const siteDist = join(dir, 'site-dist');
  cpSync(imageCache, join(dir, 'site-cache/assets'), { recursive: true });
  const siteBuild = () =>
    timed('Site build', ['scripts/build.mjs'], {
      cwd: ROOT,
      env: { ...process.env, CONTENT_DIR: join(dir, 'content'), ASTRO_CACHE_DIR: join(dir, 'site-cache'), OUT_DIR: siteDist, BASE_PATH: '/' },
    });
  const siteSeconds = siteBuild();
  // The same build again with the cache the first one left (content store, drawn share cards):
  // what building again costs when little has changed.
  const siteRebuild = siteBuild();

  const floorDir = join(dir, 'floor');
  writeFloorProject(floorDir, stories, join(ROOT, 'node_modules'));
  const floorBuild = () => timed('Floor build', [ASTRO, 'build', '--silent'], { cwd: floorDir, env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' } });
  const floorSeconds = floorBuild();
  const floorRebuild = floorBuild();

  const result = {
    count,
    site: { seconds: siteSeconds, rebuild: siteRebuild, ...weighPages(siteDist, '/', /^historier\/bench-\d+\//), pagefind: folderSize(join(siteDist, 'pagefind')) },
    floor: { seconds: floorSeconds, rebuild: floorRebuild, ...weighPages(join(floorDir, 'dist'), '/', /^bench-\d+\//) },
  };
  rmSync(dir, { recursive: true, force: true });
  return result;
}

const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
const ratio = (a, b) => (b > 0 ? `${(a / b).toFixed(2)}×` : '–');

console.log(`Build benchmark on ${cpus().length} CPU(s), Node ${process.version}; sizes: ${SIZES.join(', ')} stories\n`);
const imageCache = warmImageCache();
const rows = [];
for (const count of SIZES) {
  const r = benchmark(count, imageCache);
  rows.push(r);
  const { site, floor } = r;
  console.log(`${count} synthetic stories (+ the real content)`);
  console.log(`  build time        site ${site.seconds.toFixed(1)} s   floor ${floor.seconds.toFixed(1)} s   ratio ${ratio(site.seconds, floor.seconds)}`);
  console.log(`  rebuild (cached)  site ${site.rebuild.toFixed(1)} s   floor ${floor.rebuild.toFixed(1)} s   ratio ${ratio(site.rebuild, floor.rebuild)}`);
  console.log(`  HTML per story    site ${kb(site.html)}   floor ${kb(floor.html)}   ratio ${ratio(site.html, floor.html)}`);
  console.log(`  CSS per story     site ${kb(site.css)}   floor ${kb(floor.css)}`);
  console.log(`  JS per story      site ${kb(site.js)}   floor ${kb(floor.js)}`);
  console.log(`  Pagefind index    ${kb(site.pagefind.bytes)} in ${site.pagefind.files} files${existsSync(join(ROOT, 'src/integrations/search-index.ts')) ? '' : ' (search not built yet)'}\n`);
}

console.log('| stories | site build | floor build | ratio | rebuild: site, floor, ratio | HTML / story | CSS / story | JS / story | Pagefind index |');
console.log('| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
for (const { count, site, floor } of rows) {
  console.log(
    `| ${count} | ${site.seconds.toFixed(1)} s | ${floor.seconds.toFixed(1)} s | ${ratio(site.seconds, floor.seconds)} | ${site.rebuild.toFixed(1)} s, ${floor.rebuild.toFixed(1)} s, ${ratio(site.rebuild, floor.rebuild)} | ${kb(site.html)} (floor ${kb(floor.html)}) | ${kb(site.css)} | ${kb(site.js)} | ${kb(site.pagefind.bytes)} |`,
  );
}
const at1000 = rows.find((r) => r.count === 1000);
if (at1000) console.log(`\nTarget at 1,000 stories: ≤ 1.5× the floor. Measured ${ratio(at1000.site.seconds, at1000.floor.seconds)}.`);
const at10000 = rows.find((r) => r.count === 10000);
if (at10000) console.log(`Target at 10,000 stories: under 10 minutes. Measured ${(at10000.site.seconds / 60).toFixed(1)} min.`);
console.log('Search timings: npm run bench:search (docs/performance.md, section "Search").');
