import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';

// The cache folder is read when render.ts loads, so it is set before the import.
const cacheDir = mkdtempSync(join(tmpdir(), 'render-cache-'));
let render: typeof import('../../../../src/lib/share/render');
beforeAll(async () => {
  vi.stubEnv('ASTRO_CACHE_DIR', cacheDir);
  vi.resetModules();
  render = await import('../../../../src/lib/share/render');
});
afterAll(() => {
  vi.unstubAllEnvs();
  rmSync(cacheDir, { recursive: true, force: true });
});

const cards = () => readdirSync(join(cacheDir, 'share-cards'));

describe('share card rendering', () => {
  it('renders a 1200×630 PNG', async () => {
    const png = Buffer.from(await render.renderCardPng({ title: 'Bakeriet i Trondheim – æøå «»', kind: 'Historie', host: 'semuligheter.no' }));
    expect(png.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
    expect(png.readUInt32BE(16)).toBe(1200);
    expect(png.readUInt32BE(20)).toBe(630);
  });

  it('lays out the same card the same way every time', async () => {
    const card = { title: 'Bakeriet i Trondheim', kind: 'Historie', focus: 'Hull i CV-en', host: 'semuligheter.no' };
    const [a, b, other] = await Promise.all([render.renderCardSvg(card), render.renderCardSvg({ ...card }), render.renderCardSvg({ ...card, title: 'Bakeriet i Bergen' })]);
    expect(a).toBe(b);
    expect(a).not.toBe(other);
  });

  it('reads an unchanged card from the cache folder and draws a changed one', async () => {
    const card = { title: 'Verkstedet i Ålesund', kind: 'Historie', host: 'semuligheter.no' };
    const before = new Set(cards());
    const first = Buffer.from(await render.renderCardPng(card));
    const added = cards().filter((f) => !before.has(f));
    expect(added).toHaveLength(1);
    // Whatever is in the cache file is what the next build gets: nothing is laid out or drawn again.
    writeFileSync(join(cacheDir, 'share-cards', added[0]!), 'cached');
    expect(Buffer.from(await render.renderCardPng({ ...card })).toString()).toBe('cached');
    const changed = Buffer.from(await render.renderCardPng({ ...card, focus: 'Hull i CV-en' }));
    expect(changed.toString()).not.toBe('cached');
    expect(changed.equals(first)).toBe(false);
    expect(cards()).toHaveLength(before.size + 2);
  });
});
