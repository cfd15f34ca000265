/** Builds the site for tests with the project's own build script. */
import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';

export const ROOT = resolve(import.meta.dirname, '../../..');

/**
 * Runs `scripts/build.mjs` with the given environment and returns the output folder.
 * @throws with the build output if the build fails
 */
export function buildSite(outDir: string, env: Record<string, string> = {}): string {
  const out = resolve(ROOT, outDir);
  const result = spawnSync(process.execPath, ['scripts/build.mjs'], {
    cwd: ROOT,
    env: { ...process.env, ...env, OUT_DIR: out },
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  if (result.status !== 0) throw new Error(`Build failed:\n${result.stdout}\n${result.stderr}`);
  return out;
}
