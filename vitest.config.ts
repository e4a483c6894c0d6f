import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // One fast-check seed for every run (FC_SEED overrides it; FC_SEED=random explores).
    setupFiles: ['test/setup/fastCheckSeed.ts'],
    testTimeout: 60_000,
    pool: 'forks',
  },
});
