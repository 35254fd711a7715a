// Protocol eras: a 2026-07-28 fixture server (SDK v2 createMcpHandler, Streamable HTTP) reached in
// `modern` and `auto` — the handshake shows the server/discover result, tools are listed and called,
// an MRTR elicitation round is answered in the inbox, a subscription is a subscriptions/listen
// stream — and server-everything in `auto` (falls back to initialize) and `legacy` (never probes).
import { InspectorSocketClient } from './fixtures/inspectorSocketClient';
import { startEverythingServer, type RunningHttpServer } from './fixtures/everythingServer';
import { startModernServer } from './fixtures/modernServer';
import { fixtureServerCommand } from './fixtures/paths';
import { startProxy, type RunningProxy } from './fixtures/proxyProcess';
import { expect, test } from './fixtures/test';
import { callWithJson, openTool } from './fixtures/toolCalls';
import { InspectorPage } from './pages/InspectorPage';

/** The methods of the messages the proxy sent on the latest connection attempt, read from its recorded stream. */
async function sentMethods(proxy: RunningProxy): Promise<string[]> {
  const client = await InspectorSocketClient.open(proxy.origin, proxy.token);
  try {
    const attemptStart = client.events.findLastIndex((event) => event.kind === 'transport' && event.event.type === 'connecting');
    return client.events
      .slice(Math.max(attemptStart, 0))
      .flatMap((event) => (event.kind === 'message' && event.direction === 'outgoing' ? [String((event.message as { method?: unknown }).method)] : []));
  } finally {
    client.close();
  }
}

async function findingCodes(proxy: RunningProxy): Promise<string[]> {
  const client = await InspectorSocketClient.open(proxy.origin, proxy.token);
  try {
    return client.findings.map((finding) => `${finding.ruleId}: ${finding.message}`);
  } finally {
    client.close();
  }
}

/** Picks the era in the connection settings form and connects again. */
async function reconnectInEra(inspector: InspectorPage, era: 'legacy' | 'auto' | 'modern'): Promise<void> {
  const form = await inspector.openSettings();
  await form.getByRole('button', { name: 'Era, client capabilities and timeouts' }).click();
  await form.getByLabel('Protocol era').selectOption(era);
  await expect(form).toContainText(era === 'auto' ? 'Probes with server/discover' : era === 'modern' ? 'Stateless' : 'never probes');
  await inspector.reconnect(form.getByRole('button', { name: 'Reconnect', exact: true }));
}

test.describe('a modern server', () => {
  let server: RunningHttpServer;
  test.beforeAll(async () => {
    server = await startModernServer();
  });
  test.afterAll(async () => {
    await server.stop();
  });

  // modern is chosen on the command line; auto in the connection form, reconnecting a legacy connection.
  for (const era of ['modern', 'auto'] as const) {
    test(`in ${era}: discover in the handshake, tools, and an MRTR elicitation answered in the inbox`, async ({ page }) => {
      const proxy = await startProxy(['--no-open', '--no-record', ...(era === 'modern' ? ['--era', 'modern'] : []), '--transport', 'http', '--url', server.url]);
      try {
        const inspector = new InspectorPage(page);
        await inspector.open(proxy.url);
        await inspector.expectConnected();
        if (era === 'auto') await reconnectInEra(inspector, 'auto');
        await inspector.showTab('Handshake');
        const handshake = page.getByRole('tabpanel');
        await expect(handshake.getByLabel('Connection era')).toHaveText('modern');
        await expect(handshake.getByLabel('Requested era')).toHaveText(era);
        await expect(handshake.getByLabel('Supported versions')).toHaveText('2026-07-28');
        await expect(handshake.getByLabel('Negotiated protocol version')).toHaveText('2026-07-28');
        await expect(handshake).toContainText('modern-fixture');
        await expect(handshake.getByRole('region', { name: 'Raw server/discover exchange' })).toBeVisible();
        await expect(inspector.status).toContainText('no ping in 2026-07-28');

        const add = await openTool(inspector, 'add');
        await expect(await callWithJson(add, { a: 20, b: 22 })).toContainText('The sum is 42');

        const order = await openTool(inspector, 'order');
        const result = await callWithJson(order, { item: 'tea' });
        await expect(inspector.tab('Inbox')).toHaveText('Inbox (1)');
        const request = page.getByRole('region', { name: 'Waiting server requests' }).getByRole('article', { name: /^Elicitation/ });
        await expect(request).toContainText('How many tea?');
        await expect(request.getByLabel('Input request key')).toHaveText('details');
        await request.getByRole('spinbutton', { name: /quantity/i }).fill('3');
        await request.getByRole('checkbox', { name: /giftWrap/i }).check();
        await request.getByRole('button', { name: 'Accept' }).click();
        await expect(result).toContainText('Ordered 3 × tea, gift wrap: yes');

        const methods = await sentMethods(proxy);
        expect(methods).toContain('server/discover');
        expect(methods).not.toContain('initialize');
        // The second tools/call of the order is the MRTR retry carrying inputResponses.
        expect(methods.filter((method) => method === 'tools/call').length).toBe(3);
        expect(await findingCodes(proxy)).toEqual([]);
      } finally {
        await proxy.stop();
      }
    });
  }

  test('in modern: declined and cancelled MRTR elicitations reach the tool; an unanswered one times out and fails the call', async ({ page }) => {
    const proxy = await startProxy(['--no-open', '--no-record', '--era', 'modern', '--transport', 'http', '--url', server.url]);
    try {
      const inspector = new InspectorPage(page);
      await inspector.open(proxy.url);
      const order = await openTool(inspector, 'order');
      const waiting = page.getByRole('region', { name: 'Waiting server requests' }).getByRole('article', { name: /^Elicitation/ });
      const declined = await callWithJson(order, { item: 'coffee' });
      await waiting.getByRole('button', { name: 'Decline' }).click();
      await expect(declined).toContainText('Order declined');
      const cancelled = await callWithJson(order, { item: 'cake' });
      await waiting.getByRole('button', { name: 'Cancel' }).click();
      await expect(cancelled).toContainText('Order cancelled');

      const form = await inspector.openSettings();
      await form.getByRole('button', { name: 'Era, client capabilities and timeouts' }).click();
      await form.getByLabel('Answer server requests within (ms)').fill('1500');
      await inspector.reconnect(form.getByRole('button', { name: 'Reconnect', exact: true }));
      const unanswered = await callWithJson(await openTool(inspector, 'order'), { item: 'pie' });
      await expect(unanswered).toContainText('Nobody answered within 1500 ms', { timeout: 10_000 });
      await expect(inspector.tab('Inbox')).toHaveText('Inbox');
    } finally {
      await proxy.stop();
    }
  });

  test('in modern: a subscription is a subscriptions/listen stream, and the log level travels in _meta', async ({ page }) => {
    const proxy = await startProxy(['--no-open', '--no-record', '--era', 'modern', '--transport', 'http', '--url', server.url]);
    try {
      const inspector = new InspectorPage(page);
      await inspector.open(proxy.url);
      await inspector.expectConnected();
      await inspector.showTab('Resources');
      await page.getByRole('button', { name: /^today/ }).click();
      await page.getByRole('button', { name: 'Subscribe' }).click();
      const stream = page.getByRole('status', { name: 'Listen stream' });
      await expect(stream).toContainText('open');
      await expect(stream).toContainText('0 events received');

      const touch = await openTool(inspector, 'touch-note');
      await expect(await callWithJson(touch, {})).toContainText('Note is now at version 2');
      await inspector.showTab('Resources');
      await expect(stream).toContainText('1 event received');
      await expect(page.getByRole('status', { name: 'Resource updated' })).toBeVisible();
      await page.getByRole('button', { name: 'Unsubscribe' }).click();
      await expect(stream).toContainText('closed');

      await inspector.showTab('Logging');
      await page.getByLabel('Server log level').selectOption('info');
      await expect(page.getByText('sent in _meta of each request from now on')).toBeVisible();
      const logTool = await openTool(inspector, 'log-levels');
      await expect(await callWithJson(logTool, {})).toContainText('Logged');
      await inspector.showTab('Logging');
      const messages = page.getByRole('list', { name: 'Server log messages' });
      await expect(messages).toContainText('a warning message');
      await expect(messages).toContainText('a info message');
      await expect(messages).not.toContainText('a debug message');

      const methods = await sentMethods(proxy);
      expect(methods).toContain('subscriptions/listen');
      expect(methods).not.toContain('resources/subscribe');
      expect(methods).not.toContain('logging/setLevel');
      expect(await findingCodes(proxy)).toEqual([]);
    } finally {
      await proxy.stop();
    }
  });
});

test('a modern server over stdio: discover, and an MRTR elicitation answered in the inbox', async ({ page }) => {
  const { command, args } = fixtureServerCommand('modernServer');
  const proxy = await startProxy(['--no-open', '--no-record', '--era', 'modern', '--', command, ...args, 'stdio']);
  try {
    const inspector = new InspectorPage(page);
    await inspector.open(proxy.url);
    await inspector.expectConnected();
    await inspector.showTab('Handshake');
    await expect(page.getByRole('tabpanel').getByLabel('Connection era')).toHaveText('modern');
    const order = await openTool(inspector, 'order');
    const result = await callWithJson(order, { item: 'scones' });
    const request = page.getByRole('region', { name: 'Waiting server requests' }).getByRole('article', { name: /^Elicitation/ });
    await request.getByRole('spinbutton', { name: /quantity/i }).fill('12');
    await request.getByRole('checkbox', { name: /giftWrap/i }).check();
    await request.getByRole('button', { name: 'Accept' }).click();
    await expect(result).toContainText('Ordered 12 × scones, gift wrap: yes');
    expect(await findingCodes(proxy)).toEqual([]);
  } finally {
    await proxy.stop();
  }
});

test('a legacy stdio server (server-everything) in auto falls back to initialize', async ({ page }) => {
  const proxy = await startProxy(['--no-open', '--no-record', '--era', 'auto']);
  try {
    const inspector = new InspectorPage(page);
    await inspector.open(proxy.url);
    await inspector.expectConnected();
    await inspector.showTab('Handshake');
    const handshake = page.getByRole('tabpanel');
    await expect(handshake.getByLabel('Connection era')).toHaveText('legacy');
    await expect(handshake).toContainText('fell back to initialize');
    const echo = await openTool(inspector, 'echo');
    await expect(await callWithJson(echo, { message: 'stdio after the fallback' })).toContainText('Echo: stdio after the fallback');
    expect(await sentMethods(proxy)).toContain('initialize');
  } finally {
    await proxy.stop();
  }
});

test.describe('a legacy server (server-everything over Streamable HTTP)', () => {
  let server: RunningHttpServer;
  test.beforeAll(async () => {
    server = await startEverythingServer('streamableHttp');
  });
  test.afterAll(async () => {
    await server.stop();
  });

  test('in auto: the probe fails and the connection falls back to initialize cleanly', async ({ page }) => {
    const proxy = await startProxy(['--no-open', '--no-record', '--era', 'auto', '--transport', 'http', '--url', server.url]);
    try {
      const inspector = new InspectorPage(page);
      await inspector.open(proxy.url);
      await inspector.expectConnected();
      await inspector.showTab('Handshake');
      const handshake = page.getByRole('tabpanel');
      await expect(handshake.getByLabel('Connection era')).toHaveText('legacy');
      await expect(handshake).toContainText('fell back to initialize');
      await expect(handshake.getByLabel('Fallback reason')).toContainText('server/discover');
      const echo = await openTool(inspector, 'echo');
      await expect(await callWithJson(echo, { message: 'after the fallback' })).toContainText('Echo: after the fallback');
      const methods = await sentMethods(proxy);
      expect(methods.indexOf('server/discover')).toBeGreaterThanOrEqual(0);
      expect(methods.indexOf('initialize')).toBeGreaterThan(methods.indexOf('server/discover'));
      // Answering an unknown pre-initialize request with an error is correct: no finding for it.
      expect(await findingCodes(proxy)).toEqual([]);
    } finally {
      await proxy.stop();
    }
  });

  test('in legacy (the default): server/discover is never sent', async ({ page }) => {
    const proxy = await startProxy(['--no-open', '--no-record', '--transport', 'http', '--url', server.url]);
    try {
      const inspector = new InspectorPage(page);
      await inspector.open(proxy.url);
      await inspector.expectConnected();
      await inspector.showTab('Handshake');
      await expect(page.getByRole('tabpanel').getByLabel('Connection era')).toHaveText('legacy');
      await inspector.filterLog('server/discover');
      await expect(inspector.logRows('server/discover')).toHaveCount(0);
      const methods = await sentMethods(proxy);
      expect(methods).toContain('initialize');
      expect(methods).not.toContain('server/discover');
    } finally {
      await proxy.stop();
    }
  });
});
