// MCP Apps: official example app servers (npm) render from a tool call in a sandbox frame of another
// origin through the official AppBridge; the app's own buttons call the server back through the
// inspector's connection (in the log); nothing inside the frame reaches the inspector's page, storage,
// token or API; the debug controls reach the app.
import { hostname } from 'node:os';
import path from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import type { FrameLocator, Page } from '@playwright/test';
import { expect, test } from './fixtures/test';
import { appServerEntry, startAppServer } from './fixtures/appServers';
import { runCheck } from './fixtures/checkCli';
import { startProxy } from './fixtures/proxyProcess';
import { fixtureServerArgv, repoRoot } from './fixtures/paths';
import { callTool, openTool, wireToolCalls } from './fixtures/toolCalls';
import { InspectorSocketClient } from './fixtures/inspectorSocketClient';
import { InspectorPage } from './pages/InspectorPage';
import type { Finding } from '../shared/diagnosis';

/** The app's document: the sandbox page's frame, and the app's frame inside it. */
function appFrame(page: Page): FrameLocator {
  return page.frameLocator('iframe[title^="MCP App ui://"]').frameLocator('iframe[title="MCP App"]');
}

/**
 * The app-protocol-misuse findings once the app's messages to the host satisfy `recorded` (their methods,
 * in order). One attach snapshot each try, so the findings are exactly those of the events it holds.
 */
async function appMisuseFindings(proxy: { origin: string; token: string }, recorded: (methods: string[]) => boolean): Promise<Finding[]> {
  let findings: Finding[] = [];
  await expect
    .poll(async () => {
      const client = await InspectorSocketClient.open(proxy.origin, proxy.token);
      client.close();
      findings = client.findings.filter((finding) => finding.ruleId === 'app-protocol-misuse');
      return recorded(client.events.flatMap((event) => (event.kind === 'app' && event.direction === 'from-app' ? [String((event.message as { method?: string }).method)] : [])));
    })
    .toBe(true);
  return findings;
}

async function renderGetTime(inspector: InspectorPage): Promise<FrameLocator> {
  const tool = await openTool(inspector, 'get-time');
  await expect(tool.getByText('app', { exact: true })).toBeVisible();
  await expect(await callTool(tool)).toContainText('ok');
  await expect(inspector.page.getByRole('region', { name: 'MCP App ui://get-time/mcp-app.html' })).toBeVisible();
  return appFrame(inspector.page);
}

test.describe('server-basic-react over stdio', () => {
  test.use({ launchArgs: ['--', process.execPath, appServerEntry('server-basic-react'), '--stdio'] });

  test('renders from the tool result in a frame of another origin, and its button calls the tool back through the log', async ({ inspector, inspectorProxy }) => {
    const app = await renderGetTime(inspector);
    const button = app.getByRole('button', { name: 'Get Server Time' });
    await expect(button).toBeVisible();
    const sandbox = inspector.page.locator('iframe[title^="MCP App ui://"]');
    const sandboxOrigin = new URL((await sandbox.getAttribute('src'))!).origin;
    expect(sandboxOrigin).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect(sandboxOrigin).not.toBe(new URL(inspectorProxy.url).origin);

    // The app got the tool result through the bridge: it shows the time the inspector's call returned.
    const [first] = await wireToolCalls(inspectorProxy);
    const firstTime = (first!.result!.content as { text: string }[])[0]!.text;
    await expect(app.getByText(firstTime)).toBeVisible();

    await button.click();
    await expect.poll(async () => (await wireToolCalls(inspectorProxy)).filter((call) => call.name === 'get-time' && call.result).length).toBe(2);
    const second = (await wireToolCalls(inspectorProxy))[1]!;
    await expect(app.getByText((second.result!.content as { text: string }[])[0]!.text)).toBeVisible();

    // Both calls and the ui:// read are in the Log, like any request.
    await inspector.showTab('Log');
    await inspector.filterLog('ui://get-time/mcp-app.html');
    await expect(inspector.page.getByRole('row').filter({ hasText: 'resources/read' }).first()).toBeVisible();
  });

  test('nothing in the frame reaches the inspector page, its storage, token or API', async ({ inspector, inspectorProxy }) => {
    await inspector.page.evaluate(() => {
      localStorage.setItem('mcp-inspect-e2e-secret', 'kept-here');
      sessionStorage.setItem('mcp-inspect-e2e-secret', 'kept-here');
    });
    await renderGetTime(inspector);
    await expect(appFrame(inspector.page).getByRole('button', { name: 'Get Server Time' })).toBeVisible();
    const frame = inspector.page.frames().find((candidate) => candidate.parentFrame()?.parentFrame() === inspector.page.mainFrame());
    expect(frame, 'the app frame inside the sandbox page').toBeDefined();
    const probe = await frame!.evaluate(async (proxyOrigin) => {
      const attempt = (read: () => unknown) => {
        try {
          return { value: String(read()) };
        } catch (error) {
          return { refused: String(error).slice(0, 80) };
        }
      };
      const api = await fetch(`${proxyOrigin}/api/health`).then(
        (response) => ({ status: response.status }),
        (error: unknown) => ({ refused: String(error).slice(0, 80) }),
      );
      return {
        origin: window.origin,
        cookie: attempt(() => document.cookie),
        localStorage: attempt(() => localStorage.getItem('mcp-inspect-e2e-secret')),
        sessionStorage: attempt(() => sessionStorage.getItem('mcp-inspect-e2e-secret')),
        parentDocument: attempt(() => window.parent.document.body.innerHTML),
        topDocument: attempt(() => window.top!.document.body.innerHTML),
        topLocation: attempt(() => window.top!.location.href),
        api,
      };
    }, new URL(inspectorProxy.url).origin);
    expect(probe.origin).toBe('null');
    expect(probe.cookie).toHaveProperty('refused');
    expect(probe.localStorage).toHaveProperty('refused');
    expect(probe.sessionStorage).toHaveProperty('refused');
    expect(probe.parentDocument).toHaveProperty('refused');
    expect(probe.topDocument).toHaveProperty('refused');
    expect(probe.topLocation).toHaveProperty('refused');
    expect(probe.api).toHaveProperty('refused');
    // The fetch was stopped by the app's CSP (connect-src 'none'), and the App console says so.
    await expect(inspector.page.getByRole('region', { name: 'App console' })).toContainText("Blocked by the app's CSP (connect-src)");
    // The token never reaches the frame: it is in neither the sandbox URL nor the app's document.
    const sandboxSrc = await inspector.page.locator('iframe[title^="MCP App ui://"]').getAttribute('src');
    expect(sandboxSrc).not.toContain(inspectorProxy.token);
    expect(await frame!.content()).not.toContain(inspectorProxy.token);
    // The frame cannot navigate the inspector away.
    await frame!.evaluate(() => {
      try {
        window.top!.location.href = 'https://example.com/';
      } catch {
        /* refused, as it should be */
      }
    });
    await expect(inspector.page).toHaveURL(new RegExp(`^${new URL(inspectorProxy.url).origin}`));
    expect(await inspector.page.evaluate(() => localStorage.getItem('mcp-inspect-e2e-secret'))).toBe('kept-here');
  });

  test('renders from the Resources tab too, with no tool call behind it', async ({ inspector }) => {
    await inspector.expectConnected();
    await inspector.showTab('Resources');
    await inspector.page.getByRole('list', { name: 'Resources' }).getByRole('button', { name: /ui:\/\/get-time\/mcp-app\.html/ }).click();
    const detail = inspector.page.getByRole('region', { name: 'Resource ui://get-time/mcp-app.html' });
    await detail.getByRole('button', { name: 'Render as MCP App' }).click();
    await expect(appFrame(inspector.page).getByRole('button', { name: 'Get Server Time' })).toBeVisible();
  });
});

test.describe('server-system-monitor over stdio', () => {
  test.use({ launchArgs: ['--', process.execPath, appServerEntry('server-system-monitor'), '--stdio'] });

  test('renders the system info and polls its app-only tool through the inspector', async ({ inspector, inspectorProxy }) => {
    const tool = await openTool(inspector, 'get-system-info');
    // The list says which tool a host hides from the model, and which it offers.
    const tools = inspector.page.getByRole('list', { name: 'Tools' });
    await expect(tools.getByRole('button', { name: 'poll-system-stats — Poll System Stats (app only)', exact: true })).toBeVisible();
    await expect(tools.getByRole('button', { name: 'get-system-info — Get System Info', exact: true })).toBeVisible();
    await expect(await callTool(tool)).toContainText('ok');
    await expect(appFrame(inspector.page).getByText(hostname(), { exact: false }).first()).toBeVisible();
    // poll-system-stats is `visibility: ["app"]`: the app may call it, and it goes through the connection.
    await expect.poll(async () => (await wireToolCalls(inspectorProxy)).filter((call) => call.name === 'poll-system-stats' && call.result).length).toBeGreaterThan(0);
    // Its bundle tries eval once and copes without it (the app works): the strict CSP blocks it, and the console says so.
    await expect(inspector.page.getByRole('region', { name: 'App console' })).toContainText("Blocked by the app's CSP (script-src): eval");
    // A correct app: its handshake, polling and size changes break nothing in the protocol.
    expect(await appMisuseFindings(inspectorProxy, (methods) => methods.includes('tools/call') && methods.includes('ui/notifications/initialized'))).toEqual([]);
  });
});

test.describe('the app panel, light and dark', () => {
  test.use({ viewport: { width: 1280, height: 720 }, launchArgs: ['--', process.execPath, appServerEntry('server-basic-react'), '--stdio'] });

  test('meets WCAG AA contrast around the app; docs/screenshots when asked (UPDATE_SCREENSHOTS=1)', async ({ inspector, page }) => {
    const app = await renderGetTime(inspector);
    await expect(app.getByRole('button', { name: 'Get Server Time' })).toBeVisible();
    await app.getByRole('button', { name: 'Get Server Time' }).click();
    const panel = page.getByRole('region', { name: 'MCP App ui://get-time/mcp-app.html' });
    const failures: string[] = [];
    for (const theme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme: theme });
      await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
      await panel.getByRole('group', { name: 'App theme' }).getByRole('button', { name: theme === 'light' ? 'Light' : 'Dark' }).click();
      await panel.evaluate((element) => element.scrollIntoView({ block: 'start' }));
      // The app's own colours are the app's business: the audit covers the inspector around it.
      const results = await new AxeBuilder({ page }).withRules(['color-contrast']).exclude('iframe').setLegacyMode(true).analyze();
      failures.push(...results.violations.flatMap((violation) => violation.nodes.map((node) => `${theme}: ${node.target.join(' ')} ${node.html.slice(0, 100)}`)));
      if (process.env.UPDATE_SCREENSHOTS) await page.screenshot({ path: path.join(repoRoot, `docs/screenshots/mcp-app-${theme}.png`) });
    }
    expect(failures, failures.join('\n')).toEqual([]);
  });
});

test.describe('app traffic, recorded', () => {
  test('is in the log as app rows and on its own Timeline lane, and a reopened session shows the recorded app', async ({ page }, testInfo) => {
    const file = testInfo.outputPath('apps.session.jsonl');
    const live = await startProxy(['--record', file, '--', process.execPath, appServerEntry('server-basic-react'), '--stdio']);
    let recordedTime: string;
    try {
      const inspector = new InspectorPage(page);
      await inspector.open(live.url);
      const app = await renderGetTime(inspector);
      await app.getByRole('button', { name: 'Get Server Time' }).click();
      await expect.poll(async () => (await wireToolCalls(live)).filter((call) => call.result).length).toBe(2);
      const calls = await wireToolCalls(live);
      recordedTime = (calls[0]!.result!.content as { text: string }[])[0]!.text;

      // Every message between the inspector and the app is an `app` event, in order, with its direction.
      const client = await InspectorSocketClient.open(live.origin, live.token);
      const traffic = client.events.flatMap((event) => (event.kind === 'app' ? [`${event.direction} ${(event.message as { method?: string }).method ?? 'answer'}`] : []));
      // The server calls the app caused are marked as the app's; the person's own call (the first) is not.
      const serverCalls = client.events.flatMap((event) =>
        event.kind === 'message' && event.direction === 'outgoing' && (event.message as { method?: string }).method === 'tools/call' ? [event.via ?? 'person'] : [],
      );
      expect(serverCalls).toEqual(['person', 'app']);
      // A correct app and server: the diagnosis, fed the app events too, finds nothing.
      expect(client.findings).toEqual([]);
      client.close();
      expect(traffic).toEqual(expect.arrayContaining(['from-app ui/initialize', 'to-app answer', 'to-app ui/notifications/tool-input', 'to-app ui/notifications/tool-result', 'from-app tools/call']));
      expect(traffic.indexOf('to-app ui/notifications/tool-result')).toBeLessThan(traffic.indexOf('from-app tools/call'));

      await inspector.showTab('Log');
      await inspector.filterLog('ui/notifications/tool-result');
      await expect(page.getByRole('row').filter({ hasText: '→ app ui/notifications/tool-result' })).toHaveCount(1);
      await inspector.filterLog('method:tools/call');
      await expect(page.getByRole('row').filter({ hasText: 'for the app: get-time' })).toHaveCount(1);
      await inspector.showTab('Timeline');
      await expect(page.getByRole('img', { name: 'App lane: traffic between the inspector and an MCP App, and the server calls it caused' })).toBeVisible();
      // On the app's lanes: the app's tools/call to the inspector, and under it the server call it caused,
      // with its latency; the person's own call stays on the server's lanes.
      await expect(page.locator('[data-track="app"]:not([data-via])').filter({ hasText: /^tools\/call get-time$/ })).toHaveCount(1);
      const serverCall = page.locator('[data-track="app"][data-via="app"]');
      await expect(serverCall).toHaveCount(1);
      await expect(serverCall).toHaveText('→ server: tools/call get-time');
      await expect(serverCall).toHaveAttribute('title', /^→ server: tools\/call get-time · \d+ ms · app lane 2 \(sent to the server for the app\)$/);
      await expect(page.locator('[data-track="server"]').filter({ hasText: /^tools\/call get-time$/ })).toHaveCount(1);
      await expect(page.getByRole('table', { name: 'Latency by method' }).getByRole('row', { name: /^tools\/call 2 / })).toBeVisible();
      await expect(page.getByRole('status', { name: 'Timeline summary' })).toContainText(/ · App: \d+ messages, 1 server call on 2 lanes/);
      // Selecting it opens that exchange in the Log, like any span.
      await serverCall.click();
      await expect(inspector.tab('Log')).toHaveAttribute('aria-selected', 'true');
      await expect(page.getByRole('row', { selected: true })).toContainText('for the app: get-time');
    } finally {
      await live.stop();
    }

    const reopened = await startProxy([file], { subcommand: 'open' });
    try {
      const inspector = new InspectorPage(page);
      await inspector.open(reopened.url);
      await inspector.showTab('Tools');
      await page.getByRole('list', { name: 'Tools' }).getByRole('button', { name: /^get-time(\s|$)/ }).click();
      const recorded = page.getByRole('region', { name: 'Recorded app' });
      await expect(recorded.getByRole('region', { name: 'MCP App ui://get-time/mcp-app.html' })).toBeVisible();
      await expect(appFrame(page).getByText(recordedTime!)).toBeVisible();
      // The server call the app caused is still marked as the app's (the file's mark is read back).
      await inspector.showTab('Log');
      await inspector.filterLog('method:tools/call');
      await expect(page.getByRole('row').filter({ hasText: 'for the app: get-time' })).toHaveCount(1);
    } finally {
      await reopened.stop();
    }
  });
});

test.describe('diagnosis of app servers', () => {
  for (const name of ['server-basic-react', 'server-basic-vanillajs', 'server-basic-preact', 'server-system-monitor'] as const) {
    test(`finds nothing wrong with ${name}, whose app resource it reads`, async () => {
      const { code, stdout } = await runCheck(['--json', '--call-tools', '--', process.execPath, appServerEntry(name), '--stdio']);
      const report = JSON.parse(stdout) as { findings: unknown[]; requests: Record<string, { sent: number; failed: number }> };
      expect(report.findings).toEqual([]);
      expect(code).toBe(0);
      expect(report.requests['resources/read']).toEqual({ sent: 1, failed: 0 });
    });
  }
});

test.describe('an app resource of the wrong MIME type', () => {
  test.use({ launchArgs: ['--', ...fixtureServerArgv('rules/appResourceInvalid')] });

  test('is not rendered, says why, and the Diagnoses tab has the finding', async ({ inspector }) => {
    const tool = await openTool(inspector, 'show-chart');
    await expect(await callTool(tool)).toContainText('ok');
    await expect(tool.getByRole('alert')).toContainText('The app cannot be shown: ui://chart/app.html has MIME type "text/html", not text/html;profile=mcp-app');
    await expect(inspector.page.locator('iframe[title^="MCP App"]')).toHaveCount(0);
    await inspector.showTab('Diagnoses');
    await expect(inspector.page.getByText('The app resource "ui://chart/app.html" (the UI of tool "show-chart") has MIME type "text/html"')).toBeVisible();
  });
});

test.describe('server-basic-preact over stdio', () => {
  test.use({ launchArgs: ['--', process.execPath, appServerEntry('server-basic-preact'), '--stdio'] });

  test('renders, calls the tool back, and speaks the host protocol as the spec asks', async ({ inspector, inspectorProxy }) => {
    const app = await renderGetTime(inspector);
    await app.getByRole('button', { name: 'Get Server Time' }).click();
    await expect.poll(async () => (await wireToolCalls(inspectorProxy)).filter((call) => call.name === 'get-time' && call.result).length).toBe(2);
    expect(await appMisuseFindings(inspectorProxy, (methods) => methods.includes('tools/call'))).toEqual([]);
  });
});

test.describe('an app that breaks the View → Host protocol', () => {
  test.use({ launchArgs: ['--', ...fixtureServerArgv('rules/appProtocolMisuse')] });
  const app = 'The app "ui://clock/app.html" sent';

  test('renders, and the Diagnoses tab names each misuse with what the spec requires', async ({ inspector, inspectorProxy }) => {
    const tool = await openTool(inspector, 'show-clock');
    await expect(await callTool(tool)).toContainText('ok');
    await expect(appFrame(inspector.page).getByText('initialized')).toBeVisible();
    const findings = await appMisuseFindings(inspectorProxy, (methods) => methods.filter((method) => method === 'tools/call').length === 4);
    expect(findings.map((finding) => [finding.severity, finding.message])).toEqual([
      ['warning', `${app} tools/call (id 1) before the host answered its ui/initialize: a View starts with the ui/initialize handshake and should send no other request (but ping) until it is answered.`],
      ['error', `${app} tools/call (id 3) of tool "reset-clock", whose visibility ["model"] leaves out "app": only tools visible to apps may be called from one, and the host must refuse it.`],
      ['error', `${app} ui/notifications/tool-result, which the spec defines only from the host to the View: an app must not send it.`],
      ['error', expect.stringMatching(/^The app "ui:\/\/clock\/app\.html" sent ui\/open-link \(id 4\), which does not match the spec's schema: params\.url /)],
      ['error', `${app} tools/call (id 5) while its tools/call request with the same id was still unanswered: a request id must not be reused.`],
    ]);
    await inspector.showTab('Diagnoses');
    await expect(inspector.page.getByText(`${app} ui/notifications/tool-result, which the spec defines only from the host to the View`)).toBeVisible();
    const finding = inspector.page.getByRole('list', { name: 'Findings' }).getByRole('listitem').filter({ hasText: `${app} tools/call (id 3) of tool "reset-clock"` });
    await expect(finding.getByRole('link', { name: 'Spec section' })).toHaveAttribute('href', /ext-apps\/blob\/main\/specification\/2026-01-26\/apps\.mdx#communication-protocol$/);
    // It points at the app's own message, an `app` row of the Log.
    await finding.getByRole('button', { name: 'Show in log' }).click();
    await expect(inspector.tab('Log')).toHaveAttribute('aria-selected', 'true');
    await expect(inspector.page.getByRole('row', { selected: true })).toContainText('← app tools/call reset-clock');
  });

  test('is invisible to check, which renders no app: the server side is sound', async () => {
    const { code, stdout } = await runCheck(['--json', '--call-tools', '--', ...fixtureServerArgv('rules/appProtocolMisuse')]);
    expect((JSON.parse(stdout) as { findings: unknown[] }).findings).toEqual([]);
    expect(code).toBe(0);
  });
});

test.describe('server-basic-vanillajs over Streamable HTTP', () => {
  test('renders, its button calls the tool back, and the debug controls reach the app', async ({ page }) => {
    const server = await startAppServer('server-basic-vanillajs');
    const proxy = await startProxy(['--url', server.url, '--transport', 'http']);
    try {
      const inspector = new InspectorPage(page);
      await inspector.open(proxy.url);
      const app = await renderGetTime(inspector);
      await app.getByRole('button', { name: 'Get Server Time' }).click();
      await expect.poll(async () => (await wireToolCalls(proxy)).filter((call) => call.name === 'get-time' && call.result).length).toBe(2);
      // What the app wrote to its console is shown.
      await expect(page.getByRole('region', { name: 'App console' })).toContainText('Calling get-time tool');
      await exerciseControls(inspector, app);
      // A correct app through all of it (log, link, reload into a second View): no protocol misuse.
      expect(await appMisuseFindings(proxy, (methods) => methods.filter((method) => method === 'ui/notifications/initialized').length === 2)).toEqual([]);
    } finally {
      await proxy.stop();
      await server.stop();
    }
  });
});

/** Theme, size presets, display mode, the app's log and links, reload: each seen from the app's side. */
async function exerciseControls({ page }: InspectorPage, app: FrameLocator): Promise<void> {
  const controls = page.getByRole('toolbar', { name: 'App controls' });
  const appDocument = () => page.frames().find((frame) => frame.parentFrame()?.parentFrame() === page.mainFrame())!;

  // Theme: the app applies the host context's theme to its document (ext-apps applyDocumentTheme).
  await controls.getByRole('group', { name: 'App theme' }).getByRole('button', { name: 'Dark' }).click();
  await expect(app.locator('html')).toHaveAttribute('data-theme', 'dark');
  await controls.getByRole('group', { name: 'App theme' }).getByRole('button', { name: 'Light' }).click();
  await expect(app.locator('html')).toHaveAttribute('data-theme', 'light');

  // Size presets: the app's viewport is the preset's width.
  const container = page.getByTestId('app-container');
  await controls.getByRole('button', { name: 'Phone' }).click();
  await expect.poll(async () => appDocument().evaluate(() => window.innerWidth)).toBeLessThanOrEqual(375);
  // The host context the app is told, as the inspector shows it.
  await page.getByRole('button', { name: 'Host context' }).click();
  await expect(page.getByRole('group', { name: 'Host context' })).toContainText('"mobile"');
  await controls.getByRole('button', { name: 'Tablet' }).click();
  await expect.poll(async () => appDocument().evaluate(() => window.innerWidth)).toBeGreaterThan(700);

  // Display mode: fullscreen covers the inspector; back to inline.
  await controls.getByLabel('Display').selectOption('fullscreen');
  await expect(container).toHaveAttribute('data-display-mode', 'fullscreen');
  expect((await container.boundingBox())!.width).toBeGreaterThan(1000);
  await container.getByRole('button', { name: 'Back to inline' }).click();
  await expect(container).toHaveAttribute('data-display-mode', 'inline');

  // The app's log notification and a link it asks to open (declined) are in the App console.
  const appConsole = page.getByRole('region', { name: 'App console' });
  const before = await appConsole.getByRole('listitem').count();
  await app.getByRole('button', { name: 'Send Log' }).click();
  await expect.poll(() => appConsole.getByRole('listitem').count()).toBeGreaterThan(before);
  page.once('dialog', (dialog) => {
    expect(dialog.message()).toMatch(/^The app asks to open https?:\/\//);
    void dialog.dismiss();
  });
  await app.getByRole('button', { name: 'Open Link' }).click();
  await expect(appConsole).toContainText('open link http');

  // Reload: a new app document, rendered again from the same tool result.
  await appDocument().evaluate(() => Object.assign(window, { beforeReload: true }));
  await controls.getByRole('button', { name: 'Reload app' }).click();
  await expect(app.getByRole('button', { name: 'Get Server Time' })).toBeVisible();
  await expect.poll(async () => appDocument().evaluate(() => 'beforeReload' in window)).toBe(false);
}
