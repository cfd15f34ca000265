import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

/** Astro's virtual modules do not exist outside a build; unit tests get small stand-ins. */
const astroStubs = {
  'astro:config/client': fileURLToPath(new URL('./tests/unit/stubs/astro-config-client.ts', import.meta.url)),
};

export default defineConfig({
  test: {
    projects: [
      {
        resolve: { alias: astroStubs },
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.ts', 'tests/content/**/*.test.ts'],
        },
      },
      {
        test: {
          name: 'build',
          include: ['tests/build/**/*.test.ts', 'tests/scripts/**/*.test.ts'],
          testTimeout: 180_000,
          hookTimeout: 180_000,
        },
      },
      {
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          globalSetup: ['tests/e2e/support/global-setup.ts'],
          testTimeout: 60_000,
          hookTimeout: 300_000,
          // One Chromium per file is plenty on a 2-core machine.
          fileParallelism: false,
        },
      },
    ],
  },
});
