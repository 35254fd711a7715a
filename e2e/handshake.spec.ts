// The handshake view and the live log against server-everything over each transport, launched the
// way a user launches it: from the command line.
import { expect, test } from '@playwright/test';
import { startEverythingServer, type RunningHttpServer } from './fixtures/everythingServer';
import { everythingEntry } from './fixtures/paths';
import { startProxy, type RunningProxy } from './fixtures/proxyProcess';
import { InspectorPage } from './pages/InspectorPage';

async function expectHandshake(inspector: InspectorPage): Promise<void> {
  await inspector.expectConnected();
  await inspector.showTab('Handshake');
  const view = inspector.page.getByRole('tabpanel', { name: 'Handshake' });
  await expect(view).toContainText('mcp-servers/everything');
  await expect(view.getByLabel('Negotiated protocol version')).toHaveText(/^\d{4}-\d{2}-\d{2}$/);
  await expect(view.getByLabel('Offered protocol version')).toHaveText(/^\d{4}-\d{2}-\d{2}$/);
  const serverCapabilities = view.getByRole('list', { name: 'Server capabilities' });
  for (const capability of ['tools', 'resources', 'prompts', 'logging', 'completions']) {
    await expect(serverCapabilities.getByRole('listitem').filter({ hasText: new RegExp(`^${capability}\\b`) })).toHaveCount(1);
  }
}

async function expectHandshakeInLog(inspector: InspectorPage): Promise<void> {
  await inspector.showTab('Log');
  await expect(inspector.logRows('initialize').filter({ hasText: 'request' }).first()).toBeVisible();
  await expect(inspector.logRows('initialize').filter({ hasText: 'response' }).first()).toBeVisible();
  await expect(inspector.logRows('notifications/initialized').first()).toBeVisible();
}

async function expectDisconnectAndReconnect(inspector: InspectorPage): Promise<void> {
  await inspector.button('Disconnect').click();
  await expect(inspector.status).toContainText('Disconnected');
  await inspector.button('Reconnect').click();
  await inspector.expectConnected();
  await inspector.showTab('Log');
  // The log is kept across attempts: both handshakes are in it. Filtered, because the log is
  // virtualised: with a longer second handshake the first one can be outside the rendered rows.
  await inspector.page.getByLabel('Filter log').fill('method:notifications/initialized');
  await expect(inspector.logRows('notifications/initialized')).toHaveCount(2);
}

test.describe('over stdio', () => {
  let proxy: RunningProxy;
  test.beforeEach(async () => {
    proxy = await startProxy(['--', process.execPath, everythingEntry, 'stdio']);
  });
  test.afterEach(async () => proxy.stop());

  test('shows the handshake, the log with stderr, and survives disconnect/reconnect', async ({ page }) => {
    const inspector = new InspectorPage(page);
    await inspector.open(proxy.url);
    await expectHandshake(inspector);
    await expectHandshakeInLog(inspector);
    await expect(inspector.logRows('Starting default (STDIO) server').first()).toBeVisible();
    await expectDisconnectAndReconnect(inspector);
  });

  test('clicking a log row shows its JSON', async ({ page }) => {
    const inspector = new InspectorPage(page);
    await inspector.open(proxy.url);
    await inspector.expectConnected();
    await inspector.showTab('Log');
    await inspector.logRows('initialize').filter({ hasText: 'response' }).first().click();
    const detail = page.getByRole('region', { name: 'Message details' });
    const json = detail.getByRole('group', { name: 'Message JSON' });
    await expect(json).toContainText('serverInfo: {');
    await expect(json).toContainText('name: "mcp-servers/everything"');
    await expect(json).toContainText(/protocolVersion: "\d{4}-\d{2}-\d{2}"/);
  });
});

for (const mode of ['streamableHttp', 'sse'] as const) {
  test.describe(`over ${mode === 'sse' ? 'legacy SSE' : 'Streamable HTTP'}`, () => {
    let server: RunningHttpServer;
    let proxy: RunningProxy;
    test.beforeEach(async () => {
      server = await startEverythingServer(mode);
      proxy = await startProxy(['--url', server.url, '--transport', mode === 'sse' ? 'sse' : 'http']);
    });
    test.afterEach(async () => {
      await proxy.stop();
      await server.stop();
    });

    test('shows the handshake and the log, and survives disconnect/reconnect', async ({ page }) => {
      const inspector = new InspectorPage(page);
      await inspector.open(proxy.url);
      await expectHandshake(inspector);
      await expectHandshakeInLog(inspector);
      await expectDisconnectAndReconnect(inspector);
    });
  });
}

test('auto transport falls back to legacy SSE when the server has no Streamable HTTP endpoint', async ({ page }) => {
  const server = await startEverythingServer('sse');
  const proxy = await startProxy(['--url', server.url]);
  try {
    const inspector = new InspectorPage(page);
    await inspector.open(proxy.url);
    await expectHandshake(inspector);
    await expect(inspector.status).toContainText(/SSE/);
  } finally {
    await proxy.stop();
    await server.stop();
  }
});
