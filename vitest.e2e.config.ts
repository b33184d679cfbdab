import { defineConfig } from 'vitest/config';

// Browser tests: real Chromium (playwright-core) against the production build served by
// `vite preview`. The global setup builds once and serves dist/; each file launches Chromium.
export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.e2e.ts'],
    environment: 'node',
    globalSetup: ['tests/e2e/global-setup.ts'],
    // One Chromium at a time: a 2-core CI machine is slower, not faster, with several.
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});
