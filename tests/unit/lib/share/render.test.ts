import { expect, it } from 'vitest';
import { renderCardPng, renderCardSvg } from '../../../../src/lib/share/render';

it('renders a 1200×630 PNG', async () => {
  const png = Buffer.from(await renderCardPng({ title: 'Bakeriet i Trondheim – æøå «»', kind: 'Historie', host: 'semuligheter.no' }));
  expect(png.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
  expect(png.readUInt32BE(16)).toBe(1200);
  expect(png.readUInt32BE(20)).toBe(630);
});

it('draws the same SVG for the same card, so an earlier build’s PNG can be reused', async () => {
  const card = { title: 'Bakeriet i Trondheim', kind: 'Historie', focus: 'Hull i CV-en', host: 'semuligheter.no' };
  const [a, b, other] = await Promise.all([renderCardSvg(card), renderCardSvg({ ...card }), renderCardSvg({ ...card, title: 'Bakeriet i Bergen' })]);
  expect(a).toBe(b);
  expect(a).not.toBe(other);
});
