// Makes the campaign banners in public/bannere/: an SVG per size (text as outlines, so it looks the
// same without our font) and a PNG rendered from that SVG with sharp. Run once when the design
// changes and commit the files: `npx node scripts/make-banners.mjs`.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import satori from 'satori';
import sharp from 'sharp';
import { BANNERS, BANNER_TEXT, bannerAlt, isWideBanner } from '../src/lib/share/banners.ts';
import { FILE_FOLDERS } from '../src/lib/routes.ts';
import { COLORS } from '../src/lib/share/theme.ts';

const root = resolve(import.meta.dirname, '..');
const out = join(root, 'public', FILE_FOLDERS.banners);
const require = createRequire(join(root, 'package.json'));
const fonts = [400, 800].map((weight) => ({
  name: 'Source Sans 3',
  weight,
  style: 'normal',
  data: readFileSync(require.resolve(`@fontsource/source-sans-3/files/source-sans-3-latin-${weight}-normal.woff`)),
}));

const el = (type, style, children) => ({ type, props: { style, children } });
const tag = (size) =>
  el('div', { display: 'flex', fontSize: size, fontWeight: 800, color: COLORS.white, lineHeight: 1 }, [
    el('span', { color: COLORS.orangeLight }, '#'),
    el('span', {}, BANNER_TEXT.tag.slice(1)),
  ]);
const text = (size, color, weight = 400) => (content) => el('div', { display: 'flex', fontSize: size, fontWeight: weight, color, lineHeight: 1.15 }, content);

/** The layout for a size: wide and short banners put everything on one line. */
function layout({ width, height }) {
  const bar = Math.max(4, Math.round(height / 30));
  const wide = isWideBanner({ width, height });
  const pad = wide ? Math.round(height / 4) : Math.round(width / 14);
  const unit = width / 100;
  const content = wide
    ? [tag(Math.round(height * 0.4)), text(Math.round(height * 0.22), COLORS.white)(BANNER_TEXT.line)]
    : [
        tag(Math.round(unit * 9)),
        text(Math.round(unit * 7.5), COLORS.white, 800)(BANNER_TEXT.line),
        text(Math.round(unit * 4.5), COLORS.brandLight)(BANNER_TEXT.host),
      ];
  const inner = el(
    'div',
    {
      display: 'flex',
      flexDirection: wide ? 'row' : 'column',
      alignItems: wide ? 'center' : 'flex-start',
      justifyContent: 'space-between',
      gap: wide ? pad : 0,
      flexGrow: 1,
      padding: wide ? `0 ${pad}px` : `${pad}px`,
    },
    content,
  );
  return el('div', { display: 'flex', flexDirection: 'column', width, height, backgroundColor: COLORS.navy, fontFamily: 'Source Sans 3' }, [
    inner,
    el('div', { display: 'flex', width, height: bar, backgroundColor: COLORS.orangeLight }),
  ]);
}

mkdirSync(out, { recursive: true });
for (const banner of BANNERS) {
  const raw = await satori(layout(banner), { width: banner.width, height: banner.height, fonts });
  // A title makes the SVG readable by screen readers when it is used on its own.
  const alt = bannerAlt(banner);
  const svg = raw.replace(/^<svg([^>]*)>/, `<svg$1 role="img" aria-label="${alt}"><title>${alt}</title>`);
  writeFileSync(join(out, `${banner.id}.svg`), svg);
  // A palette PNG is half the size and looks the same: the banners have few colours.
  // Twice the size for sharp PNGs on high-density screens would double the file; partners scale down.
  writeFileSync(join(out, `${banner.id}.png`), await sharp(Buffer.from(svg)).png({ palette: true, quality: 100, effort: 10 }).toBuffer());
  process.stdout.write(`${banner.id}: svg + png\n`);
}
