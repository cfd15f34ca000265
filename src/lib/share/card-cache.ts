/**
 * Drawn share cards kept between builds in Astro's cache folder, keyed by the hash of the card's
 * SVG: the SVG fixes every pixel, so a changed title, layout or font can never reuse a stale PNG,
 * and a rebuild only draws the cards that changed. The SVG itself is cheap (satori, about 5 ms);
 * the PNG is what costs (about 15 ms).
 */
import { createHash } from 'node:crypto';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

/**
 * The PNG for `svg` from the cache folder, or drawn with `draw` and stored there.
 * @param dir - the cache folder for cards
 * @param svg - the card's SVG
 * @param draw - turns the SVG into a PNG when it is not cached
 */
export async function cachedCard(dir: string, svg: string, draw: (svg: string) => Promise<Uint8Array<ArrayBuffer>>): Promise<Uint8Array<ArrayBuffer>> {
  const file = join(dir, `${createHash('sha256').update(svg).digest('hex')}.png`);
  try {
    const png = await readFile(file);
    return new Uint8Array(png.buffer as ArrayBuffer, png.byteOffset, png.byteLength);
  } catch {
    // Not cached yet (or unreadable): draw it.
  }
  const png = await draw(svg);
  try {
    await mkdir(dir, { recursive: true });
    // Written under a temporary name and renamed, so a build running at the same time never reads half a file.
    const temporary = `${file}.${process.pid}.${Math.random().toString(36).slice(2)}`;
    await writeFile(temporary, png);
    await rename(temporary, file);
  } catch {
    // A cache that cannot be written only makes the next build slower.
  }
  return png;
}
