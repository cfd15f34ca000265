import { expect, it } from 'vitest';
import { rasterise } from '../../../../src/lib/share/rasterise';

const svg = (w: number, h: number, fill: string) => `<svg xmlns="http://www.w3.org/2000/svg" width="${w}" height="${h}"><rect width="${w}" height="${h}" fill="${fill}"/></svg>`;
const size = (png: Uint8Array) => [Buffer.from(png).readUInt32BE(16), Buffer.from(png).readUInt32BE(20)];
const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

it('draws many SVGs at once and gives each caller its own PNG at the SVG size', async () => {
  const sizes = [100, 200, 300, 400, 500, 600];
  const pngs = await Promise.all(sizes.map((w) => rasterise(svg(w, w / 2, '#123456'))));
  expect(pngs.map((png) => [...png.subarray(0, 8)])).toEqual(sizes.map(() => PNG_SIGNATURE));
  expect(pngs.map(size)).toEqual(sizes.map((w) => [w, w / 2]));
});

it('draws a share-card-sized SVG at 1200×630', async () => {
  expect(size(await rasterise(svg(1200, 630, 'red')))).toEqual([1200, 630]);
});

it('rejects with a message when the SVG cannot be read, and keeps working', async () => {
  await expect(rasterise('<svg')).rejects.toThrow(/Could not draw a share card/);
  expect(size(await rasterise(svg(10, 10, 'blue')))).toEqual([10, 10]);
});
