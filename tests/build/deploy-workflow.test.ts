/**
 * The GitHub Pages workflow (.github/workflows/deploy.yml) cannot run here, so its shape is checked:
 * it tests before it publishes, builds under the repository's sub-path, and keeps Astro's cache
 * folder between runs.
 */
import { readFileSync } from 'node:fs';
import { posix } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { DEFAULT_CACHE_DIR } from '../../src/lib/cache-dir';

interface Step {
  name?: string;
  uses?: string;
  run?: string;
  with?: Record<string, string>;
  env?: Record<string, string>;
}

const workflow = parse(readFileSync('.github/workflows/deploy.yml', 'utf8')) as { jobs: { build: { steps: Step[] } } };
const steps = workflow.jobs.build.steps;
const index = (match: (step: Step) => boolean) => steps.findIndex(match);

describe('deploy workflow', () => {
  const test = index((s) => s.run === 'bash .ci/run');
  const build = index((s) => s.run === 'npm run build');
  const upload = index((s) => (s.uses ?? '').startsWith('actions/upload-pages-artifact@'));
  const cache = index((s) => (s.uses ?? '').startsWith('actions/cache@'));

  it('runs the tests, then builds, then uploads the build', () => {
    expect(test).toBeGreaterThanOrEqual(0);
    expect(build).toBeGreaterThan(test);
    expect(upload).toBeGreaterThan(build);
    expect(steps[upload]?.with?.['path']).toBe('dist');
  });

  it('builds under the repository name as base path', () => {
    expect(steps[build]?.env?.['BASE_PATH']).toBe('/${{ github.event.repository.name }}/');
  });

  it("restores Astro's cache folder before anything builds, keyed by the lock file", () => {
    expect(cache).toBeGreaterThanOrEqual(0);
    expect(cache).toBeLessThan(test);
    const step = steps[cache]!;
    expect(posix.normalize(step.with?.['path'] ?? '')).toBe(posix.normalize(DEFAULT_CACHE_DIR));
    expect(step.with?.['key']).toContain("hashFiles('package-lock.json')");
    expect(step.with?.['key']?.startsWith(step.with?.['restore-keys'] ?? '\0')).toBe(true);
  });
});
