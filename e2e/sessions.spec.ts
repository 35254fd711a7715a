import { createHash } from 'node:crypto';
// Sessions: every run is recorded to a JSON Lines file as it happens, and `mcp-inspect open FILE`
// shows it again, read-only. The same assertions run on a live session and on that session reopened
// from its file; golden files recorded by the real proxy are opened too, and the ones that cannot be
// read fail with a clear error. Crash safety (kill -9) and secrets are checked on the file itself.
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { SESSION_FORMAT_VERSION, readSession } from '../shared/session';
import { InspectorSocketClient } from './fixtures/inspectorSocketClient';
import { startEverythingServer } from './fixtures/everythingServer';
import { builtCli, everythingEntry, fixtureServerCommand } from './fixtures/paths';
import { startProxy, type RunningProxy } from './fixtures/proxyProcess';
import { expect, test } from './fixtures/test';
import { GOLDEN } from './assets/recordGoldenSessions';
import { InspectorPage } from './pages/InspectorPage';

const noisy = fixtureServerCommand('noisyStdoutServer');

/** What both a live session and its reopened file must show. */
async function expectSessionViews(inspector: InspectorPage, echoed: string) {
  const { page } = inspector;
  await inspector.showTab('Handshake');
  await expect(page.getByRole('main')).toContainText('noisy-stdout-fixture');
  await expect(page.getByRole('main')).toContainText('2025-11-25');

  await inspector.showTab('Log');
  await expect(inspector.logRows('initialize').first()).toBeVisible();
  await expect(inspector.logRows('tools/call').first()).toContainText(`echo {message: "${echoed}"}`);
  // The tool's past result, in the log: the response row summarises its text content.
  await expect(inspector.logRows(echoed).filter({ hasText: 'response' })).toHaveCount(1);
  await expect(inspector.logRows('debug: hello from console.log')).toHaveCount(1);

  await expect(inspector.tab('Diagnoses')).toHaveText('Diagnoses (1)');
  await inspector.showTab('Diagnoses');
  const findings = page.getByRole('list', { name: 'Findings' }).getByRole('listitem');
  await expect(findings).toHaveCount(1);
  await expect(findings.first()).toContainText('stdout-not-json');

  await inspector.showTab('Tools');
  await expect(page.getByRole('list', { name: 'Tools' }).getByRole('button', { name: /^echo(\s|$)/ })).toBeVisible();
}

async function openInUi(page: InspectorPage['page'], proxy: RunningProxy): Promise<InspectorPage> {
  const inspector = new InspectorPage(page);
  await inspector.open(proxy.url);
  return inspector;
}

test('a live session and the same session reopened from its file show the same views', async ({ page }, testInfo) => {
  const file = testInfo.outputPath('live.session.jsonl');
  const live = await startProxy(['--record', file, '--', noisy.command, ...noisy.args]);
  try {
    expect(live.output()).toContain(`Recording this session to ${file}`);
    const inspector = await openInUi(page, live);
    await inspector.expectConnected();
    await inspector.showTab('Tools');
    await page.getByRole('list', { name: 'Tools' }).getByRole('button', { name: /^echo(\s|$)/ }).click();
    const tool = page.getByRole('region', { name: 'Tool echo' });
    await tool.getByLabel(/^message/).fill('recorded hello');
    await tool.getByRole('button', { name: 'Call tool' }).click();
    await expect(tool.getByRole('region', { name: 'Tool result' })).toContainText('recorded hello');
    await expect(page.getByRole('note', { name: 'Recorded session' })).toHaveCount(0);
    await expectSessionViews(inspector, 'recorded hello');
  } finally {
    await live.stop();
  }

  const reopened = await startProxy([file], { subcommand: 'open' });
  try {
    const inspector = await openInUi(page, reopened);
    await expect(page.getByRole('note', { name: 'Recorded session' })).toContainText('Recorded session, read-only.');
    await expect(page.getByRole('note', { name: 'Recorded session' })).toContainText(file);
    await expect(inspector.status).toContainText('Recorded (read-only)');
    await expect(inspector.button('Reconnect')).toBeDisabled();
    await expectSessionViews(inspector, 'recorded hello');
  } finally {
    await reopened.stop();
  }
});

test('the golden session files open: recorded by the real proxy, read with every view', async ({ page }) => {
  const reopened = await startProxy([GOLDEN.noisy], { subcommand: 'open' });
  try {
    const inspector = await openInUi(page, reopened);
    await expectSessionViews(inspector, 'golden hello');
  } finally {
    await reopened.stop();
  }
  const everything = await startProxy([GOLDEN.everything], { subcommand: 'open' });
  try {
    const inspector = await openInUi(page, everything);
    await inspector.showTab('Log');
    await expect(inspector.logRows('The sum of 2 and 3 is 5.')).toHaveCount(1);
    await inspector.showTab('Tools');
    await expect(page.getByRole('list', { name: 'Tools' }).getByRole('button', { name: /^get-sum(\s|$)/ })).toBeVisible();
    await inspector.showTab('Diagnoses');
    await expect(page.getByText('No findings: every message so far follows the protocol.')).toBeVisible();
  } finally {
    await everything.stop();
  }
});

test.describe('session files that cannot be read as they are', () => {
  test('a file from the future is refused with a clear error and exit code 1', () => {
    const run = spawnSync(process.execPath, [builtCli, 'open', '--no-open', '--port', '0', GOLDEN.future], { encoding: 'utf8' });
    expect(run.status).toBe(1);
    expect(run.stderr).toContain(`This session was written by a newer mcp-inspect (session format version 99; this mcp-inspect reads up to version ${SESSION_FORMAT_VERSION}). Update mcp-inspect to open it.`);
  });

  test('a damaged file names its damaged lines and still opens with the rest', async ({ page }) => {
    const reopened = await startProxy([GOLDEN.damaged], { subcommand: 'open' });
    try {
      expect(reopened.output()).toMatch(/damaged\.session\.jsonl: Line 3 is not JSON \(this line was overwritten by something else\); skipped\./);
      expect(reopened.output()).toMatch(/damaged\.session\.jsonl: Line 5 is not JSON/);
      const inspector = await openInUi(page, reopened);
      await expect(page.getByRole('note', { name: 'Recorded session' })).toContainText('2 damaged lines were skipped.');
      await inspector.showTab('Handshake');
      await expect(page.getByRole('main')).toContainText('noisy-stdout-fixture');
      await expect(inspector.tab('Diagnoses')).toHaveText('Diagnoses (1)');
    } finally {
      await reopened.stop();
    }
  });
});

test('kill -9 of the proxy mid-session leaves every event published so far in the file, and it reopens', async ({ page }, testInfo) => {
  const file = testInfo.outputPath('killed.session.jsonl');
  const proxy = await startProxy(['--record', file, '--', process.execPath, everythingEntry, 'stdio']);
  const client = await InspectorSocketClient.open(proxy.origin, proxy.token);
  const [connectionId] = [...client.connections.keys()];
  await client.waitForState(connectionId!, ['connected']);
  for (let index = 0; index < 20; index++) {
    await client.request({ connectionId: connectionId!, method: 'tools/call', params: { name: 'echo', arguments: { message: `before the crash ${index}` } } });
  }
  // Then a flood, killed in the middle of it: many requests still in flight.
  const echoes = () => client.events.filter((event) => event.kind === 'message' && JSON.stringify(event.message).includes('Echo: flood')).length;
  for (let index = 0; index < 400; index++) {
    client.request({ connectionId: connectionId!, method: 'tools/call', params: { name: 'echo', arguments: { message: `flood ${index}` } } }).catch(() => {});
  }
  await client.waitFor(() => echoes() >= 100);
  // What the UI has been sent is what must be on disk.
  const published = client.events.map((event) => event.seq);
  proxy.process.kill('SIGKILL');
  await new Promise((resolve) => proxy.process.once('exit', resolve));
  client.close();

  const session = readSession(readFileSync(file, 'utf8'));
  expect(session.problems).toEqual([]);
  const written = new Set(session.entries.flatMap((entry) => (entry.type === 'event' ? [entry.seq] : [])));
  expect(published.filter((seq) => !written.has(seq))).toEqual([]);
  expect(published.length).toBeGreaterThan(100);

  const reopened = await startProxy([file], { subcommand: 'open' });
  try {
    const inspector = await openInUi(page, reopened);
    // Hundreds of rows: the grid shows only those in view, so find the row through the filter.
    await inspector.filterLog('"before the crash 19"');
    await expect(inspector.logRows('Echo: before the crash 19')).toHaveCount(1);
  } finally {
    await reopened.stop();
  }
});

test.describe('secrets never reach the session file', () => {
  test('an env value given with -e, even when the server echoes it back', async () => {
    const testInfo = test.info();
    const secret = 'e2e-env-secret-7d1f0a';
    const dir = testInfo.outputPath('sessions');
    const proxy = await startProxy(['--sessions-dir', dir, '-e', `MY_API_KEY=${secret}`, '--', process.execPath, everythingEntry, 'stdio']);
    try {
      const client = await InspectorSocketClient.open(proxy.origin, proxy.token);
      const [connectionId] = [...client.connections.keys()];
      await client.waitForState(connectionId!, ['connected']);
      const echoed = await client.request({ connectionId: connectionId!, method: 'tools/call', params: { name: 'echo', arguments: { message: secret } } });
      // Even the answer to the page's own request: a known secret is masked wherever it would reach the page.
      expect(JSON.stringify(echoed)).toContain('Echo: ***');
      // The page gets the connection and the log with the value masked, even where the server echoed it.
      await client.waitFor(() => JSON.stringify(client.events).includes('Echo: ***'));
      expect(JSON.stringify({ connections: [...client.connections.values()], events: client.events })).not.toContain(secret);
      client.close();
    } finally {
      await proxy.stop();
    }
    // --sessions-dir: one new dated file per run in that folder.
    const files = readdirSync(dir);
    expect(files).toEqual([expect.stringMatching(/^session-\d{4}-\d\d-\d\dT\d\d-\d\d-\d\d-\d{3}Z-\d+\.jsonl$/)]);
    const text = readFileSync(path.join(dir, files[0]!), 'utf8');
    expect(text).toContain('"MY_API_KEY":"***"');
    expect(text).not.toContain(secret);
  });

  test('credential headers given with --header', async () => {
    const testInfo = test.info();
    const bearer = 'e2e-bearer-token-5c2e91';
    const apiKey = 'e2e-api-key-88ab34';
    const server = await startEverythingServer('streamableHttp');
    const file = testInfo.outputPath('header.session.jsonl');
    try {
      const proxy = await startProxy(['--record', file, '--url', server.url, '--header', `Authorization: Bearer ${bearer}`, '--header', `X-Api-Key: ${apiKey}`]);
      try {
        const client = await InspectorSocketClient.open(proxy.origin, proxy.token);
        const [connectionId] = [...client.connections.keys()];
        await client.waitForState(connectionId!, ['connected']);
        await client.request({ connectionId: connectionId!, method: 'tools/list' });
        client.close();
      } finally {
        await proxy.stop();
      }
    } finally {
      await server.stop();
    }
    const text = readFileSync(file, 'utf8');
    // The scheme is not a secret: it stays, so a person can tell a bearer token from Basic.
    expect(text).toContain('"Authorization":"Bearer ***"');
    expect(text).toContain('"X-Api-Key":"***"');
    expect(text).not.toContain(bearer);
    expect(text).not.toContain(apiKey);
  });
});

test('a neutral header value and an OAuth client secret reach neither the page, the Network tab, the session file nor the Log export', async ({ page }) => {
  const testInfo = test.info();
  const customer = 'e2e-customer-secret-value-31f';
  const clientSecret = 'e2e-client-secret-9a7c55';
  const server = await startEverythingServer('streamableHttp');
  const file = testInfo.outputPath('neutral-header.session.jsonl');
  try {
    const proxy = await startProxy(['--record', file, '--url', server.url, '--header', `X-Customer: ${customer}`, '--client-id', 'e2e-client', '--client-secret', clientSecret]);
    try {
      const client = await InspectorSocketClient.open(proxy.origin, proxy.token);
      const [connectionId] = [...client.connections.keys()];
      await client.waitForState(connectionId!, ['connected']);
      await client.request({ connectionId: connectionId!, method: 'tools/list' });
      const seen = JSON.stringify({ connections: [...client.connections.values()], events: client.events });
      expect(seen).toContain('"x-customer":"***"');
      expect(seen).toContain('"clientSecret":"***"');
      for (const secret of [customer, clientSecret]) expect(seen).not.toContain(secret);
      client.close();

      const inspector = new InspectorPage(page);
      await inspector.open(proxy.url);
      await inspector.expectConnected();
      await inspector.showTab('Network');
      await page.getByRole('table', { name: 'HTTP exchanges' }).getByRole('row').filter({ hasText: /POST/ }).last().click();
      await expect(page.getByRole('region', { name: 'HTTP exchange' }).getByRole('region', { name: 'Request headers' })).toContainText('x-customer');
      await inspector.showTab('Log');
      const [download] = await Promise.all([page.waitForEvent('download'), inspector.logAction('Export')]);
      const exported = readFileSync((await download.path())!, 'utf8');
      expect(exported).toContain('"clientSecret":"***"');
      for (const secret of [customer, clientSecret]) {
        expect(exported).not.toContain(secret);
        expect(await page.content()).not.toContain(secret);
      }
    } finally {
      await proxy.stop();
    }
  } finally {
    await server.stop();
  }
  const text = readFileSync(file, 'utf8');
  expect(text).toContain('"X-Customer":"***"');
  for (const secret of [customer, clientSecret]) expect(text).not.toContain(secret);
});

test('the page edits a connection without holding its secret: a reconnect with the mask left in keeps the real value', async () => {
  const secret = 'e2e-reconnect-secret-42ac';
  const server = fixtureServerCommand('envDigestServer');
  const proxy = await startProxy(['--no-record', '-e', `MY_API_KEY=${secret}`, '--', server.command, ...server.args]);
  try {
    const client = await InspectorSocketClient.open(proxy.origin, proxy.token);
    const [connectionId] = [...client.connections.keys()];
    await client.waitForState(connectionId!, ['connected']);
    const shown = client.connections.get(connectionId!)!.target;
    expect(shown).toMatchObject({ env: { MY_API_KEY: '***' } });
    if (shown.transport !== 'stdio') throw new Error('expected a stdio target');
    // As the connection form sends it back: the masked value untouched, another variable added.
    const summary = await client.reconnect({ connectionId: connectionId!, target: { ...shown, env: { ...shown.env, OTHER: 'added' } } });
    expect(JSON.stringify(summary)).not.toContain(secret);
    await client.waitFor(() => {
      const current = client.connections.get(connectionId!);
      return current?.attempt === summary.attempt && current.state === 'connected';
    });
    // The server proves it got the real value (its digest), and the page never sees the value itself.
    const digest = async (name: string) => JSON.stringify(await client.request({ connectionId: connectionId!, method: 'tools/call', params: { name: 'env-digest', arguments: { name } } }));
    expect(await digest('MY_API_KEY')).toContain(createHash('sha256').update(secret).digest('hex'));
    expect(await digest('OTHER')).toContain(createHash('sha256').update('added').digest('hex'));
    client.close();
  } finally {
    await proxy.stop();
  }
});

test('a secret the server echoes in an answer to the page is masked there too', async () => {
  const secret = 'e2e-echoed-secret-77d1';
  const proxy = await startProxy(['--no-record', '-e', `MY_API_KEY=${secret}`, '--', process.execPath, everythingEntry, 'stdio']);
  try {
    const client = await InspectorSocketClient.open(proxy.origin, proxy.token);
    const [connectionId] = [...client.connections.keys()];
    await client.waitForState(connectionId!, ['connected']);
    const env = JSON.stringify(await client.request({ connectionId: connectionId!, method: 'tools/call', params: { name: 'get-env', arguments: {} } }));
    expect(env).toContain('MY_API_KEY');
    expect(env).not.toContain(secret);
    client.close();
  } finally {
    await proxy.stop();
  }
});
