import { expect, it } from 'vitest';
import { rasterise } from '../../../../src/lib/share/raster-pool';

const svg = (w: number, h: number, fill: string) => `<svg xmlns="http://www.w3.org/2000/svg" width="${w}" height="${h}"><rect width="${w}" height="${h}" fill="${fill}"/></svg>`;
const size = (png: Uint8Array) => [Buffer.from(png).readUInt32BE(16), Buffer.from(png).readUInt32BE(20)];

it('draws many SVGs at once and gives each caller its own PNG', async () => {
  const sizes = [100, 200, 300, 400, 500, 600];
  const pngs = await Promise.all(sizes.map((w) => rasterise(svg(w, w / 2, '#123456'), w)));
  expect(pngs.map(size)).toEqual(sizes.map((w) => [w, w / 2]));
});

it('scales to the requested width', async () => {
  expect(size(await rasterise(svg(600, 315, 'red'), 1200))).toEqual([1200, 630]);
});

it('rejects with a message when the SVG cannot be read, and keeps working', async () => {
  await expect(rasterise('<svg', 100)).rejects.toThrow(/Could not draw a share card/);
  expect(size(await rasterise(svg(10, 10, 'blue'), 10))).toEqual([10, 10]);
});
