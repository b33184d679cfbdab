import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.{ts,tsx}'],
    environment: 'node',
    // CLI tests spawn a TypeScript process; a busy 2-core CI machine needs headroom.
    testTimeout: 30_000,
  },
});
