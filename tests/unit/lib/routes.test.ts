import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FILE_FOLDERS, FILES } from '../../../src/lib/routes';

const root = join(import.meta.dirname, '../../..');

describe('FILES', () => {
  // The search bundle is written by Pagefind at build time; the icon is a static file.
  const routed = Object.entries(FILES).filter(([name]) => name !== 'searchBundle' && name !== 'icon');
  it.each(routed)('%s (%s) is the path of a route file in src/pages', (_, path) => {
    expect(existsSync(join(root, 'src/pages', `${path}.ts`))).toBe(true);
  });

  it('icon is a file in public/', () => {
    expect(existsSync(join(root, 'public', FILES.icon))).toBe(true);
  });
});

describe('FILE_FOLDERS', () => {
  it.each([
    ['shareCards', 'src/pages'],
    ['banners', 'public'],
  ] as const)('%s is a folder in %s', (name, parent) => {
    expect(existsSync(join(root, parent, FILE_FOLDERS[name]))).toBe(true);
  });
});
