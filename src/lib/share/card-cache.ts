/**
 * Drawn share cards kept between builds in Astro's cache folder, named by the hash of a key that
 * fixes every pixel (render.ts makes it from the card's element tree and the versions of what
 * draws it): a changed title, layout, font or renderer can never reuse a stale PNG, and a rebuild
 * neither lays out (satori, about 5 ms a card) nor draws (sharp, about 15 ms) a card that is unchanged.
 */
import { createHash } from 'node:crypto';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

/**
 * The PNG for `key` from the cache folder, or drawn with `draw` and stored there.
 * @param dir - the cache folder for cards
 * @param key - everything the card's pixels depend on
 * @param draw - draws the card when it is not cached
 */
export async function cachedCard(dir: string, key: string, draw: () => Promise<Uint8Array<ArrayBuffer>>): Promise<Uint8Array<ArrayBuffer>> {
  const file = join(dir, `${createHash('sha256').update(key).digest('hex')}.png`);
  try {
    const png = await readFile(file);
    return new Uint8Array(png.buffer as ArrayBuffer, png.byteOffset, png.byteLength);
  } catch {
    // Not cached yet (or unreadable): draw it.
  }
  const png = await draw();
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
