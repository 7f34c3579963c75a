import { defineConfig } from 'vitest/config';

// Browser tests: one Waypoint server for the run (global setup, demo seed,
// fresh PGlite), files one after another so Chromium and the server share 2 cores.
export default defineConfig({
  test: {
    include: ['e2e/**/*.e2e.ts'],
    globalSetup: ['e2e/support/global-setup.ts'],
    fileParallelism: false,
    pool: 'forks',
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});
