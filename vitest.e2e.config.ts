import { defineConfig } from 'vitest/config';

// End-to-end tests: the built app in Debian's Chromium with a fake camera, one browser at a time.
export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.e2e.ts'],
    globalSetup: ['tests/e2e/global_setup.ts'],
    environment: 'node',
    fileParallelism: false,
    testTimeout: 120_000,
    hookTimeout: 120_000,
    // A page on a busy 2-core machine can take seconds to show what it will show (a parsed file,
    // a model's first frame); Vitest's default of 1 s made such waits fail under load. A poll
    // still fails if the condition never holds, only later.
    expect: { poll: { timeout: 15_000 } },
  },
});
