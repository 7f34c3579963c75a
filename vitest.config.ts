import { defineConfig } from 'vitest/config';

// Tests live beside the code. Database tests loop over PGlite and, when
// TEST_DATABASE_URL is set, PostgreSQL; two workers keep memory small on 2 cores.
export default defineConfig({
  test: {
    include: ['src/**/*.test.ts'],
    exclude: ['src/web/**', 'node_modules/**', 'dist/**'],
    // Makes the migrated database templates once per run (src/test-support/database-templates.ts).
    globalSetup: ['src/test-support/global-setup.ts'],
    pool: 'forks',
    maxWorkers: 2,
    testTimeout: 60_000,
    hookTimeout: 120_000,
    typecheck: { enabled: false },
  },
});
