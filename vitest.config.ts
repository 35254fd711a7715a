import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['shared/**/*.test.ts', 'proxy/**/*.test.ts', 'client/src/**/*.test.{ts,tsx}'],
    // Unit tests spawn fixture servers too: bundle them once (e2e/fixtures/buildServers.ts).
    globalSetup: ['e2e/fixtures/buildServers.ts'],
    // Vitest's default on a 2-core machine is one worker, and the suite waits on child processes and
    // sockets as much as it computes: three workers take it from 150 s to 90 s on CI's two cores.
    maxWorkers: process.env.CI ? 3 : undefined,
    testTimeout: 20_000,
    hookTimeout: 20_000,
  },
});
