import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.{ts,tsx}'],
    exclude: ['tests/e2e/**'],
    // Data module tests run in Node; component tests opt into jsdom with a file comment.
    environment: 'node',
    setupFiles: ['tests/setup-dom.ts'],
    // CLI tests spawn a TypeScript process; a busy 2-core CI machine needs headroom.
    testTimeout: 30_000,
  },
});
