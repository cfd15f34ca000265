// Takes full-page screenshots of built pages at phone and desktop widths, for looking at by eye.
// Usage: [DIST=dist] node scripts/screenshot.mjs [outDir] /path/ /other/path/ …  (serves DIST on 127.0.0.1)
import { createServer } from 'node:http';
import { mkdirSync } from 'node:fs';
import sirv from 'sirv';
import { launchBrowser } from '../tests/e2e/support/browser.ts';

const [outDir = '.tmp/screens', ...paths] = process.argv.slice(2);
mkdirSync(outDir, { recursive: true });
const files = sirv(process.env.DIST ?? 'dist', { extensions: ['html'] });
const server = createServer((req, res) => files(req, res, () => ((res.statusCode = 404), res.end())));
await new Promise((r) => server.listen(0, '127.0.0.1', r));
const { port } = /** @type {import('node:net').AddressInfo} */ (server.address());
const browser = await launchBrowser();
for (const width of [375, 1280]) {
  const page = await browser.newPage({ viewport: { width, height: 900 } });
  for (const path of paths.length ? paths : ['/']) {
    await page.goto(`http://127.0.0.1:${port}${path}`);
    // Scroll through once so lazy-loaded images are in the picture, not their placeholders.
    await page.evaluate(async () => {
      for (let y = 0; y < document.documentElement.scrollHeight; y += innerHeight) {
        scrollTo(0, y);
        await new Promise((r) => setTimeout(r, 50));
      }
      scrollTo(0, 0);
    });
    await page.waitForLoadState('networkidle');
    const name = `${path.replace(/\W+/g, '_').replace(/^_|_$/g, '') || 'home'}-${width}`;
    // Long pages are cut into screen-sized parts so each stays readable when viewed.
    const height = await page.evaluate(() => document.documentElement.scrollHeight);
    const part = width < 600 ? 1200 : 1600;
    for (let y = 0, i = 1; y < height && i <= 6; y += part, i++) {
      await page.screenshot({ path: `${outDir}/${name}-${i}.png`, fullPage: true, clip: { x: 0, y, width, height: Math.min(part, height - y) } });
    }
  }
  await page.close();
}
await browser.close();
server.close();
