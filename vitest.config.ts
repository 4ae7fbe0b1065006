import { defineConfig } from 'vitest/config';

// Unit and model tests run in Node. Model tests use the WASM backend on real weights.
export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'tests/unit/**/*.test.ts'],
    environment: 'node',
    testTimeout: 60_000,
    hookTimeout: 60_000,
    pool: 'forks',
  },
});
