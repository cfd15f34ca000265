import { cpSync, existsSync, mkdtempSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { spawnSync } from 'node:child_process';
import { afterAll, describe, expect, it } from 'vitest';
import { createDraft } from '../../scripts/new-entry.mjs';

const ROOT = resolve(import.meta.dirname, '../..');
const work = mkdtempSync(join(tmpdir(), 'semuligheter-new-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('createDraft', () => {
  const content = join(work, 'content');
  cpSync(join(ROOT, 'tests/fixtures/content'), content, { recursive: true });
  const today = new Date(Date.UTC(2026, 10, 23));

  it.each([
    ['story', 'Ny historie fra Ørland', 'stories/_ny-historie-fra-orland.mdx'],
    ['measure', 'Nytt tilskudd', 'measures/_nytt-tilskudd.mdx'],
    ['article', 'En nyhet om mentor', 'articles/_en-nyhet-om-mentor.mdx'],
  ])('%s «%s» becomes the draft %s with today’s date', (kind, title, path) => {
    const file = createDraft(content, kind, title, today);
    expect(file).toBe(join(content, path));
    const text = readFileSync(file, 'utf8');
    expect(text).toContain(`title: ${JSON.stringify(title)}`);
    expect(text).toContain('published: 2026-11-23');
  });

  it('gives a story its own placeholder image', () => {
    expect(existsSync(join(content, 'stories/images/ny-historie-fra-orland.svg'))).toBe(true);
  });

  it('refuses an unknown kind and an existing entry', () => {
    expect(() => createDraft(content, 'podcast', 'X', today)).toThrow('Unknown kind');
    expect(() => createDraft(content, 'story', 'Ny historie fra Ørland', today)).toThrow('already exists');
  });

  it('writes drafts that build once published', () => {
    for (const [folder, name] of [
      ['stories', 'ny-historie-fra-orland'],
      ['measures', 'nytt-tilskudd'],
      ['articles', 'en-nyhet-om-mentor'],
    ]) {
      renameSync(join(content, folder!, `_${name}.mdx`), join(content, folder!, `${name}.mdx`));
    }
    const out = join(work, 'dist');
    const result = spawnSync(process.execPath, ['scripts/build.mjs'], {
      cwd: ROOT,
      env: { ...process.env, CONTENT_DIR: content, OUT_DIR: out, ASTRO_CACHE_DIR: join(work, 'cache') },
      encoding: 'utf8',
    });
    expect(result.status, result.stdout + result.stderr).toBe(0);
    expect(existsSync(join(out, 'historier/ny-historie-fra-orland/index.html'))).toBe(true);
    expect(existsSync(join(out, 'virkemidler/nytt-tilskudd/index.html'))).toBe(true);
    expect(existsSync(join(out, 'aktuelt/en-nyhet-om-mentor/index.html'))).toBe(true);
  }, 120_000);
});
