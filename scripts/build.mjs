// Builds into a temporary folder and swaps it into dist/ only on success,
// so a failed build never leaves a half-built site where the last good one was.
import { spawnSync } from 'node:child_process';
import { existsSync, renameSync, rmSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { createRequire } from 'node:module';

// Run Astro's CLI with this same Node, so the script works with or without npm's PATH.
const astroBin = join(dirname(createRequire(import.meta.url).resolve('astro/package.json')), 'bin/astro.mjs');

const finalDir = resolve(process.env.OUT_DIR ?? 'dist');
const nextDir = `${finalDir}.next`;
const oldDir = `${finalDir}.old`;

rmSync(nextDir, { recursive: true, force: true });
const result = spawnSync(process.execPath, [astroBin, 'build', ...process.argv.slice(2)], {
  stdio: 'inherit',
  env: { ...process.env, OUT_DIR: nextDir },
});
if (result.status !== 0) {
  rmSync(nextDir, { recursive: true, force: true });
  console.error(`\nBuild failed: ${finalDir} was left as it was.`);
  process.exit(result.status ?? 1);
}
rmSync(oldDir, { recursive: true, force: true });
if (existsSync(finalDir)) renameSync(finalDir, oldDir);
renameSync(nextDir, finalDir);
rmSync(oldDir, { recursive: true, force: true });
