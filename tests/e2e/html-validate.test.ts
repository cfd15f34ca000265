/**
 * Every built HTML file passes html-validate with the recommended rules (`.htmlvalidate.json`).
 * JSON has no comments, so each rule the config changes is explained here, and the test fails
 * when the config changes a rule that has no reason written down.
 */
import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { HtmlValidate, type ConfigData } from 'html-validate';
import { describe, expect, inject, it } from 'vitest';
import { ROOT } from './support/build';
import { htmlFiles } from './support/files';

/** Why each rule in `.htmlvalidate.json` differs from `html-validate:recommended`. */
const REASONS: Record<string, string> = {
  'no-redundant-role':
    'role="list" on <ul>/<ol> is deliberate: WebKit drops list semantics from lists styled list-style: none (Tailwind’s preflight).',
  'prefer-native-element': 'Same pattern: role="list" restores list semantics on an <ol>; every other role stays checked.',
  'long-title': 'Story headlines are full sentences plus “ – #Semuligheter”; search engines shorten long titles, they do not reject them.',
  'form-dup-name': 'Filter checkboxes share a name on purpose: a GET form sends each ticked value (?bransje=a&bransje=b), as radios do.',
};

const config = JSON.parse(readFileSync(join(ROOT, '.htmlvalidate.json'), 'utf8')) as ConfigData;
const validator = new HtmlValidate(config);
const distDir = inject('distDir');
const files = htmlFiles(distDir);

it('every rule the config changes has a written reason', () => {
  expect(Object.keys(config.rules ?? {}).sort()).toEqual(Object.keys(REASONS).sort());
});

it('finds the built pages', () => {
  expect(files.length).toBeGreaterThan(10);
});

describe.each(files.map((file) => relative(distDir, file)))('%s', (file) => {
  it('is valid HTML', async () => {
    const report = await validator.validateFile(join(distDir, file));
    const errors = report.results.flatMap((r) =>
      r.messages.map((m) => `${m.line}:${m.column} ${m.ruleId}: ${m.message} (${m.selector ?? ''})`),
    );
    expect(errors).toEqual([]);
  });
});
