import { defineConfig } from '@playwright/test';
import { HEADLESS_CHROMIUM } from './e2e/fixtures/chromium';

export default defineConfig({
  testDir: 'e2e',
  testMatch: '**/*.spec.ts',
  // Bundles the fixture servers once, so each spawn is plain node instead of tsx.
  globalSetup: './e2e/fixtures/buildServers.ts',
  fullyParallel: true,
  // Three workers on CI's 2 cores: specs spend part of their time waiting on servers, bounds and timeouts.
  // Measured: 14.8 min of e2e with 3 workers, 15.0 with 2; the run is CPU-bound, so the next saving is
  // less work per test (one proxy per spec file, prebuilt fixture servers), not more workers.
  workers: process.env.CI ? 3 : undefined,
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 15_000 },
  reporter: process.env.CI ? [['list']] : [['list'], ['html', { open: 'never' }]],
  use: {
    headless: true,
    // CI prints its failures as text and its files are not kept, so a trace there only costs time: recording
    // one is about a quarter of the suite's CPU. Locally a failure keeps its trace.
    trace: process.env.CI ? 'off' : 'retain-on-failure',
    screenshot: 'only-on-failure',
    launchOptions: {
      executablePath: HEADLESS_CHROMIUM,
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
      ],
    },
  },
});
