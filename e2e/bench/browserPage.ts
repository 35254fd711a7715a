// The inspector UI in Chromium for the browser benches: the real CLI serving the built UI, launched on
// a fixture server, and a page opened on it. Measurements are taken inside the page.
// @playwright/test (a declared dev dependency) re-exports playwright-core's launcher.
import path from 'node:path';
import { chromium, type Browser, type Page } from '@playwright/test';
import { CHROMIUM } from '../fixtures/chromium';
import { fixtureServerCommand, repoRoot } from '../fixtures/paths';
import { startProxy, type RunningProxy } from '../fixtures/proxyProcess';

export interface OpenInspector {
  page: Page;
  close(): Promise<void>;
}

/** The Chromium every browser bench drives: Debian's, headless (`CHROMIUM_PATH` names another). */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox', '--disable-gpu'] });
}

export interface FloodBench {
  proxy: RunningProxy;
  browser: Browser;
  close(): Promise<void>;
}

/** mcp-inspect on the log-flood server (its `flood` tool streams log notifications), and a Chromium for pages on it. */
export async function openFloodBench(): Promise<FloodBench> {
  const proxy = await startProxy(['--', process.execPath, '--import', 'tsx', path.join(repoRoot, 'e2e/bench/logFloodServer.ts')]);
  try {
    const browser = await launchChromium();
    return {
      proxy,
      browser,
      close: async () => {
        await browser.close();
        await proxy.stop();
      },
    };
  } catch (error) {
    await proxy.stop();
    throw error;
  }
}

/** Starts mcp-inspect on a fixture server, opens the UI and waits until the server is connected. */
export async function openInspectorOn(fixture: string, env: NodeJS.ProcessEnv = {}): Promise<OpenInspector> {
  const server = fixtureServerCommand(fixture);
  const proxy: RunningProxy = await startProxy(['--', server.command, ...server.args], { env });
  let browser: Browser | undefined;
  try {
    browser = await launchChromium();
    const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    await page.goto(proxy.url);
    await page.getByRole('status', { name: 'Connection status' }).getByText('Connected').waitFor({ timeout: 30_000 });
    const opened = browser;
    return {
      page,
      close: async () => {
        await opened.close();
        await proxy.stop();
      },
    };
  } catch (error) {
    await browser?.close();
    await proxy.stop();
    throw error;
  }
}

/**
 * Helpers defined in the page before a measurement. Page code is passed as strings: functions would be
 * serialised from tsx's transpiled output, which may reference helpers the page does not have.
 */
export const PAGE_HELPERS = `
  window.__bench = {
    /** Resolves once the frame after now has been painted (rAF, then a task after the paint). */
    afterPaint: () => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0))),
    /** Resolves when predicate() holds, checked every frame. */
    until: async (predicate) => { while (!predicate()) await new Promise((resolve) => requestAnimationFrame(resolve)); },
    longTasks: [],
  };
  new PerformanceObserver((list) => { for (const entry of list.getEntries()) window.__bench.longTasks.push(entry.duration); }).observe({ type: 'longtask' });
`;
