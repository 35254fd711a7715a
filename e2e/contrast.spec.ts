// WCAG AA contrast (axe's `color-contrast` rule, run offline from node_modules) over the main views, in
// light and dark at 1280×720. One proxy and one page walk every view; each view is opened once and
// audited in both themes. To audit a new view, add an entry to VIEWS: a name and a function that opens
// it (views run in order, on one live connection to server-everything).
// The same walk makes the screenshots in docs/screenshots: `UPDATE_SCREENSHOTS=1 npx playwright test e2e/contrast.spec.ts`.
import AxeBuilder from '@axe-core/playwright';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { repoRoot } from './fixtures/paths';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures/test';
import { callWithJson, openTool } from './fixtures/toolCalls';
import type { InspectorPage } from './pages/InspectorPage';

interface AuditedView {
  name: string;
  /** Brings the view on screen, with the content worth auditing (a result, a selection …). */
  open: (inspector: InspectorPage) => Promise<void>;
  /** Puts things back for the next view (answers a pending request, closes a page …). */
  leave?: (inspector: InspectorPage) => Promise<void>;
}

const waitingSampling = (page: Page) => page.getByRole('region', { name: 'Waiting server requests' }).getByRole('article', { name: /^Sampling/ });

const VIEWS: AuditedView[] = [
  {
    name: 'Handshake',
    open: async (inspector) => {
      await inspector.showTab('Handshake');
      await expect(inspector.page.getByRole('tabpanel')).toContainText('2025-');
    },
  },
  {
    name: 'Tools with a result',
    open: async (inspector) => {
      const tool = await openTool(inspector, 'get-sum');
      await tool.getByLabel(/^a\b/).fill('19');
      await tool.getByLabel(/^b\b/).fill('23');
      await tool.getByRole('button', { name: 'Call tool' }).click();
      await expect(tool.getByRole('region', { name: 'Tool result' })).toContainText('42');
    },
  },
  {
    name: 'Resources',
    open: async (inspector) => {
      await inspector.showTab('Resources');
      await inspector.page.getByRole('list', { name: 'Resources' }).getByRole('button').first().click();
      await expect(inspector.page.getByRole('region', { name: 'Resource contents' })).toBeVisible();
    },
  },
  {
    name: 'Prompts',
    open: async (inspector) => {
      await inspector.showTab('Prompts');
      await inspector.page.getByRole('list', { name: 'Prompts' }).getByRole('button').first().click();
      await expect(inspector.page.getByRole('region', { name: /^Prompt / }).first()).toBeVisible();
    },
  },
  {
    name: 'Log',
    open: async (inspector) => {
      await inspector.showTab('Log');
      await expect(inspector.logRows('tools/call').first()).toBeVisible();
    },
  },
  { name: 'Timeline', open: (inspector) => inspector.showTab('Timeline') },
  { name: 'Diagnoses', open: (inspector) => inspector.showTab('Diagnoses') },
  {
    name: 'Server-request dock with a pending sampling request',
    open: async (inspector) => {
      const tool = await openTool(inspector, 'trigger-sampling-request');
      await callWithJson(tool, { prompt: 'audit me', maxTokens: 20 });
      await expect(waitingSampling(inspector.page)).toBeVisible();
    },
    leave: async (inspector) => {
      await waitingSampling(inspector.page).getByRole('button', { name: 'Reject' }).click();
      await expect(waitingSampling(inspector.page)).toBeHidden();
    },
  },
  {
    name: 'Go to palette',
    open: async (inspector) => {
      await inspector.page.keyboard.press('Control+k');
      await inspector.page.getByRole('combobox', { name: 'Go to' }).pressSequentially('get');
      await expect(inspector.page.getByRole('dialog', { name: 'Go to' }).getByRole('option').first()).toHaveAttribute('aria-selected', 'true');
    },
    leave: async (inspector) => {
      await inspector.page.keyboard.press('Escape');
      await expect(inspector.page.getByRole('dialog', { name: 'Go to' })).toBeHidden();
    },
  },
  {
    name: 'New-connection form',
    open: async (inspector) => {
      await inspector.button('New connection').click();
      await expect(inspector.page.getByRole('form', { name: 'New connection' })).toBeVisible();
    },
  },
  {
    name: 'Sessions page',
    open: async (inspector) => {
      await inspector.page.getByRole('button', { name: 'Sessions', exact: true }).click();
      await expect(inspector.page.getByRole('table', { name: 'Sessions' }).getByRole('row').nth(1)).toBeVisible();
    },
  },
];

const THEMES = ['light', 'dark'] as const;

/** Where the walk saves each view's screenshot when asked to (docs/screenshots), else nowhere. */
const SCREENSHOTS_DIR = process.env.UPDATE_SCREENSHOTS ? join(repoRoot, 'docs/screenshots') : undefined;

function screenshotName(view: string, theme: string): string {
  return `${view.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '')}-${theme}.png`;
}

/** One line per element that fails AA: where, which colours, which ratio. */
async function contrastFailures(page: Page, view: string, theme: string): Promise<string[]> {
  // Legacy mode runs axe in the page itself: no extra blank page per audit (half the time on a busy CI).
  const results = await new AxeBuilder({ page }).withRules(['color-contrast']).setLegacyMode(true).analyze();
  return results.violations.flatMap((violation) =>
    violation.nodes.map((node) => {
      const data = (node.any[0]?.data ?? {}) as { fgColor?: string; bgColor?: string; contrastRatio?: number; expectedContrastRatio?: string };
      const text = node.html.replace(/\s+/g, ' ').slice(0, 120);
      return `${view} (${theme}): ${data.fgColor} on ${data.bgColor} = ${data.contrastRatio} < ${data.expectedContrastRatio}: ${node.target.join(' ')} ${text}`;
    }),
  );
}

// A sessions folder of its own: the Sessions page then lists just this run's recording, quickly.
test.use({ viewport: { width: 1280, height: 720 }, launchArgs: ['--sessions-dir', mkdtempSync(join(tmpdir(), 'mcp-inspect-contrast-'))] });

test('every main view meets WCAG AA contrast in light and dark', async ({ inspector, page }) => {
  test.setTimeout(600_000);
  await inspector.expectConnected();
  const failures: string[] = [];
  for (const view of VIEWS) {
    await view.open(inspector);
    for (const theme of THEMES) {
      await page.emulateMedia({ colorScheme: theme });
      await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
      const found = await contrastFailures(page, view.name, theme);
      if (SCREENSHOTS_DIR) await page.screenshot({ path: join(SCREENSHOTS_DIR, screenshotName(view.name, theme)) });
      if (found.length > 0) test.info().annotations.push({ type: 'contrast', description: found.join('\n') });
      failures.push(...found);
    }
    await view.leave?.(inspector);
  }
  expect(failures, failures.join('\n')).toEqual([]);
});
