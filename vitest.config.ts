import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['shared/**/*.test.ts', 'proxy/**/*.test.ts', 'client/src/**/*.test.{ts,tsx}'],
    // Unit tests spawn fixture servers too: bundle them once (e2e/fixtures/buildServers.ts).
    globalSetup: ['e2e/fixtures/buildServers.ts'],
    testTimeout: 20_000,
    hookTimeout: 20_000,
  },
});
