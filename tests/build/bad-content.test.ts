/**
 * Bad content fails the build with a message that names the file and the field,
 * and a failed build leaves the previous dist/ as it was.
 */
import { spawn } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../..');
const FIXTURE = join(ROOT, 'tests/fixtures/content');
const work = mkdtempSync(join(tmpdir(), 'semuligheter-bad-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const STORY = 'stories/bakeriet.mdx';

/** Copies the valid fixture and applies one change to it. */
function fixtureWith(name: string, change: (dir: string) => void): string {
  const dir = join(work, name, 'content');
  cpSync(FIXTURE, dir, { recursive: true });
  change(dir);
  return dir;
}

function edit(dir: string, file: string, from: string | RegExp, to: string) {
  const path = join(dir, file);
  const text = readFileSync(path, 'utf8');
  const next = text.replace(from, to);
  if (next === text) throw new Error(`Fixture edit did not apply to ${file}: ${from}`);
  writeFileSync(path, next);
}

/** Runs the project's build script against a content folder; resolves with exit code and output. */
function build(contentDir: string, outDir: string): Promise<{ code: number | null; output: string }> {
  return new Promise((done) => {
    const child = spawn(process.execPath, ['scripts/build.mjs'], {
      cwd: ROOT,
      env: { ...process.env, CONTENT_DIR: contentDir, OUT_DIR: outDir, ASTRO_CACHE_DIR: `${outDir}-cache` },
    });
    let output = '';
    child.stdout.on('data', (d) => (output += d));
    child.stderr.on('data', (d) => (output += d));
    child.on('close', (code) => done({ code, output: output.replace(/\x1b\[[0-9;]*m/g, '') }));
  });
}

describe('the valid fixture', () => {
  it('builds', async () => {
    const out = join(work, 'valid-dist');
    const { code, output } = await build(fixtureWith('valid', () => {}), out);
    expect(code, output).toBe(0);
    expect(existsSync(join(out, 'historier/bakeriet/index.html'))).toBe(true);
  });
});

describe.each([
  {
    name: 'missing title',
    change: (d: string) => edit(d, STORY, /^title: .*\n/m, ''),
    file: STORY,
    field: 'title',
  },
  {
    name: 'unknown measure reference',
    change: (d: string) => edit(d, STORY, 'measures: [lonnstilskudd, mentor]', 'measures: [lonnstilskudd, mentorordning]'),
    file: STORY,
    field: 'measures[1]',
  },
  {
    name: 'impossible date',
    change: (d: string) => edit(d, STORY, 'published: 2026-02-01', 'published: 2026-02-30'),
    file: STORY,
    field: 'published',
  },
  {
    name: 'date that is not a date',
    change: (d: string) => edit(d, 'articles/nyhet.mdx', 'published: 2026-03-01', 'published: første mars'),
    file: 'articles/nyhet.mdx',
    field: 'published',
  },
  {
    name: 'document date in words',
    change: (d: string) => edit(d, 'articles/nyhet.mdx', 'documentDate: 2026-02', 'documentDate: våren 2026'),
    file: 'articles/nyhet.mdx',
    field: 'documentDate',
  },
  {
    name: 'image without alt text',
    change: (d: string) => edit(d, STORY, ', alt: Tegning av en bakedisk med brød. }', ' }'),
    file: STORY,
    field: 'image.alt',
  },
  {
    name: 'unknown county',
    change: (d: string) => edit(d, STORY, 'county: trondelag', 'county: sor-trondelag'),
    file: STORY,
    field: 'county',
  },
  {
    name: 'alias on a route of the site',
    change: (d: string) => edit(d, 'pages/om-kampanjen.mdx', /^published: (.*)$/m, 'published: $1\naliases: [historier]'),
    file: 'pages/om-kampanjen.mdx',
    field: 'aliases[0]',
  },
  {
    name: 'home page without its lead',
    change: (d: string) => edit(d, 'pages/forside.mdx', /^lead: .*\n/m, ''),
    file: 'pages/forside.mdx',
    field: 'lead',
  },
  {
    name: 'duplicate slug',
    change: (d: string) => {
      cpSync(join(d, STORY), join(d, 'stories/bakeriet-kopi.mdx'));
      edit(d, 'stories/bakeriet-kopi.mdx', /^---\n/, '---\nslug: bakeriet\n');
    },
    file: 'stories/bakeriet-kopi.mdx',
    field: 'slug',
  },
])('$name', ({ name, change, file, field }) => {
  it('fails the build with a message naming the file and the field, and keeps the last good dist/', async () => {
    const slug = name.replace(/\W+/g, '-');
    const out = join(work, `${slug}-dist`);
    mkdirSync(out, { recursive: true });
    writeFileSync(join(out, 'index.html'), 'last good build');

    const { code, output } = await build(fixtureWith(slug, change), out);

    expect(code).not.toBe(0);
    expect(output).toContain(file);
    // The field as a whole word: `image.alt` must not be satisfied by `image` alone.
    const escaped = field.replace(/[[\].]/g, '\\$&');
    expect(output).toMatch(new RegExp(`(^|[^\\w.])${escaped}([^\\w.[]|$)`, 'm'));
    expect(readFileSync(join(out, 'index.html'), 'utf8')).toBe('last good build');
    expect(existsSync(`${out}.next`)).toBe(false);
  });
});

it('drafts (files starting with _) are not built', async () => {
  const out = join(work, 'draft-dist');
  const dir = fixtureWith('draft', (d) => {
    cpSync(join(d, STORY), join(d, 'stories/_utkast.mdx'));
    edit(d, 'stories/_utkast.mdx', /^title: .*$/m, 'title: Et utkast');
  });
  const { code, output } = await build(dir, out);
  expect(code, output).toBe(0);
  expect(existsSync(join(out, 'historier/_utkast'))).toBe(false);
  expect(existsSync(join(out, 'historier/utkast'))).toBe(false);
  expect(readFileSync(join(out, 'historier/index.html'), 'utf8')).not.toContain('Et utkast');
});
