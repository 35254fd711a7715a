// `mcp-inspect tap`: a real SDK client standing in for a host talks to real servers through the tap,
// gets the answers a direct connection gets, and its traffic shows, read-only, in an inspector UI the
// tap joins (or starts), over stdio and Streamable HTTP; the tap outlives the UI.
import { spawn } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { startEverythingServer, freePort, type RunningHttpServer } from './fixtures/everythingServer';
import { InspectorSocketClient } from './fixtures/inspectorSocketClient';
import { builtCli, everythingEntry } from './fixtures/paths';
import { fixtureServer } from './fixtures/checkCli';
import { startProxy, stopProcess, type RunningProxy } from './fixtures/proxyProcess';
import { hostDirectly, hostOverHttp, hostThroughTap, inspectorUiStarted, testHome, type TapHost } from './fixtures/tapHost';
import { InspectorPage } from './pages/InspectorPage';

const everything = [process.execPath, everythingEntry, 'stdio'];

/** A thread's nice value: the 17th field after its command's closing parenthesis in its stat line. */
function niceOf(statFile: string): number {
  return Number(readFileSync(statFile, 'utf8').replace(/^.*\) /, '').split(' ')[16]);
}

/** What a host sees of a server: its tools, and the echo tool's answer. */
async function observed(client: TapHost['client']): Promise<unknown> {
  const tools = await client.listTools();
  const echo = await client.callTool({ name: 'echo', arguments: { message: 'through the tap ✓' } });
  return { tools, echo };
}

test.describe('a tap joining the inspector a person started', () => {
  let proxy: RunningProxy;
  let home: string;
  test.beforeEach(async () => {
    home = testHome();
    proxy = await startProxy(['--', ...fixtureServer('toolsOnlyServer.ts')], { env: { HOME: home } });
  });
  test.afterEach(async () => proxy.stop());

  test('the host gets what a direct connection gets, and its traffic shows read-only in the UI', async ({ page }) => {
    const host = await hostThroughTap({ name: 'fake-desktop-host', home, tapArgs: ['--port', String(proxy.port)], server: everything });
    const direct = await hostDirectly('fake-desktop-host', everything);
    try {
      expect(await observed(host.client)).toEqual(await observed(direct));
    } finally {
      await direct.close();
    }
    const inspector = new InspectorPage(page);
    await inspector.open(proxy.url);
    const tapped = inspector.connectionEntry(/Everything Reference Server/);
    await expect(tapped).toContainText('tap');
    await tapped.click();
    await expect(inspector.status).toContainText('Tapped: watching the host (read-only)');
    // No way to send from here: the host is the client.
    await expect(page.getByRole('button', { name: 'Connection settings' })).toHaveCount(0);
    await expect(page.getByRole('button', { name: 'Reconnect' })).toHaveCount(0);
    await inspector.showTab('Handshake');
    const handshake = page.getByRole('tabpanel', { name: 'Handshake' });
    await expect(handshake).toContainText('fake-desktop-host');
    await expect(handshake.getByRole('list', { name: 'Client capabilities' })).toContainText('roots');
    // The era was the host's choice (an SDK client begins with initialize), not an inspector setting.
    await expect(handshake.getByLabel("Host's choice")).toHaveText('the host began with initialize');
    await expect(handshake.getByLabel('Requested era')).toHaveCount(0);
    await inspector.showTab('Log');
    await expect(inspector.logRows('tools/call').first()).toBeVisible();
    await expect(inspector.logRows(/through the tap/).first()).toBeVisible();
    // The Tools tab shows what the server listed to the host, without the inspector sending anything.
    await inspector.showTab('Tools');
    await expect(page.getByRole('tabpanel', { name: 'Tools' }).getByText('echo', { exact: true }).first()).toBeVisible();
    await host.close();
    await expect(inspector.status).toContainText(/Exited/);
    // A correct host and a correct server, the whole session through: no finding about either (read from
    // a fresh attach, whose snapshot holds every finding, the ones raised at the exit included).
    const reader = await InspectorSocketClient.open(proxy.origin, proxy.token);
    const tappedId = [...reader.connections.values()].find((connection) => connection.tap !== undefined)?.id;
    expect(tappedId).toBeDefined();
    expect(reader.findings.filter((finding) => finding.connectionId === tappedId)).toEqual([]);
    reader.close();
    await expect(inspector.tab('Diagnoses')).toHaveText('Diagnoses');
  });

  test('a host that restarts the server goes on in the same connection, as a new attempt', async ({ page }) => {
    const tapArgs = ['--port', String(proxy.port)];
    const before = await hostThroughTap({ name: 'restarting-host', home, tapArgs, server: everything });
    await before.client.callTool({ name: 'echo', arguments: { message: 'before the restart' } });
    await before.close();
    const inspector = new InspectorPage(page);
    await inspector.open(proxy.url);
    await inspector.connectionEntry(/Everything Reference Server/).click();
    await expect(inspector.status).toContainText(/Exited/);
    const after = await hostThroughTap({ name: 'restarting-host', home, tapArgs, server: everything });
    try {
      await after.client.callTool({ name: 'echo', arguments: { message: 'after the restart' } });
      await expect(inspector.status).toContainText('attempt 2');
      // The fixture server the person started, and the one tapped server: no second entry for the restart.
      await expect(inspector.connections.getByRole('listitem')).toHaveCount(2);
      await inspector.showTab('Log');
      await expect(inspector.logRows(/before the restart/).first()).toBeVisible();
      await expect(inspector.logRows(/after the restart/).first()).toBeVisible();
    } finally {
      await after.close();
    }
  });

  test("the host's own mistakes are findings about the host, not requests of the person's", async ({ page }) => {
    const host = await hostThroughTap({ name: 'careless-host', home, tapArgs: ['--port', String(proxy.port)], server: fixtureServer('toolsOnlyServer.ts') });
    try {
      // The server declares tools only; the host asks for prompts all the same (past the SDK's own guard).
      await expect(host.client.request({ method: 'prompts/list' })).rejects.toThrow();
      const inspector = new InspectorPage(page);
      await inspector.open(proxy.url);
      await inspector.connectionEntry(/tools-only-fixture STDIO tap/).click();
      await expect(inspector.status).toContainText('Tapped');
      await expect(inspector.tab('Diagnoses')).toHaveText('Diagnoses (1)');
      await inspector.showTab('Diagnoses');
      const findings = page.getByRole('list', { name: 'Findings' }).getByRole('listitem');
      await expect(findings).toHaveCount(1);
      await expect(findings).toContainText('capability-undeclared');
      await expect(findings).toContainText("The host sent prompts/list, but the server did not declare the prompts capability; this is the host's doing");
      await expect(page.getByRole('status', { name: 'Finding counts' })).toHaveText('0 errors · 1 warning · 0 info');
      await expect(page.getByText('caused by your request')).toHaveCount(0);
      await expect(page.getByRole('list', { name: 'Findings caused by your requests' })).toHaveCount(0);
    } finally {
      await host.close();
    }
  });

  test('the reporting thread gives way to the relay: it alone runs at the lowest priority', async () => {
    test.skip(process.platform !== 'linux', 'a thread has its own nice value on Linux only');
    const host = await hostThroughTap({ name: 'fake-ide', home, tapArgs: ['--port', String(proxy.port)], server: everything });
    await host.client.ping();
    const niceOfThreads = () => Object.fromEntries(readdirSync(`/proc/${host.pid}/task`).map((thread) => [thread, niceOf(`/proc/${host.pid}/task/${thread}/stat`)]));
    await expect.poll(() => Object.values(niceOfThreads()).filter((nice) => nice === 19).length).toBe(1);
    // The main thread relays the host's bytes: it keeps its priority.
    expect(niceOfThreads()[String(host.pid)]).toBe(0);
    await host.close();
  });

  test('the tap keeps passing bytes after the UI is gone', async () => {
    const host = await hostThroughTap({ name: 'fake-ide', home, tapArgs: ['--port', String(proxy.port)], server: everything });
    await host.client.ping();
    await proxy.stop();
    const echo = await host.client.callTool({ name: 'echo', arguments: { message: 'still here' } });
    expect(echo.content).toEqual([{ type: 'text', text: 'Echo: still here' }]);
    await host.close();
  });
});

test('two servers of one host in one UI: the first tap starts it, the second joins', async ({ page }) => {
  const home = testHome();
  const port = await freePort();
  const first = await hostThroughTap({ name: 'two-server-host', home, tapArgs: ['--port', String(port), '--token', 'tap-test-token'], server: everything });
  const second = await hostThroughTap({ name: 'two-server-host', home, tapArgs: ['--port', String(port)], server: fixtureServer('toolsOnlyServer.ts') });
  try {
    await second.client.listTools();
    await first.client.callTool({ name: 'echo', arguments: { message: 'first server' } });
    await inspectorUiStarted(first, port);
    const inspector = new InspectorPage(page);
    await inspector.open(`http://127.0.0.1:${port}/#token=tap-test-token`);
    await expect(inspector.connectionEntry(/Everything Reference Server/)).toContainText('tap');
    await expect(inspector.connectionEntry(/tools-only-fixture/)).toContainText('tap');
    await inspector.connectionEntry(/tools-only-fixture/).click();
    await inspector.showTab('Log');
    await expect(inspector.logRows('tools/list').first()).toBeVisible();
  } finally {
    await second.close();
    await first.close();
  }
});

for (const mode of ['streamableHttp', 'sse'] as const) {
  test.describe(`a remote server over ${mode} (--url … --listen …)`, () => {
    let server: RunningHttpServer;
    test.beforeAll(async () => {
      server = await startEverythingServer(mode);
    });
    test.afterAll(async () => server.stop());

    test('a host configured with the listen URL gets the server’s answers, and the UI shows the exchanges', async ({ page }) => {
      const home = testHome();
      const port = await freePort();
      const tap = spawn(process.execPath, [builtCli, 'tap', '--no-open', '--no-record', '--port', String(port), '--token', 'http-tap', '--url', server.url, '--listen', '127.0.0.1:0'], {
        env: { PATH: process.env.PATH ?? '', HOME: home },
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      let stderr = '';
      let stdout = '';
      tap.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
      tap.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
      try {
        await expect.poll(() => /forwarding (http:\S+) to/.exec(stderr)?.[1], { timeout: 15_000 }).toBeTruthy();
        const listenUrl = /forwarding (http:\S+) to/.exec(stderr)![1]!;
        const viaTap = await hostOverHttp('http-host', listenUrl, mode);
        const direct = await hostOverHttp('http-host', server.url, mode);
        try {
          expect(await observed(viaTap)).toEqual(await observed(direct));
        } finally {
          await viaTap.close();
          await direct.close();
        }
        await expect.poll(() => stderr, { timeout: 15_000 }).toContain(`inspector UI at http://127.0.0.1:${port}/`);
        const inspector = new InspectorPage(page);
        await inspector.open(`http://127.0.0.1:${port}/#token=http-tap`);
        await inspector.connectionEntry(/Everything Reference Server/).click();
        await expect(inspector.status).toContainText('Tapped: watching the host (read-only)');
        await expect(inspector.status).toContainText(listenUrl);
        await inspector.showTab('Log');
        await expect(inspector.logRows(/through the tap/).first()).toBeVisible();
        await inspector.showTab('Handshake');
        await expect(page.getByRole('tabpanel', { name: 'Handshake' })).toContainText('http-host');
        // Nothing of the tap's own on stdout, ever.
        expect(stdout).toBe('');
      } finally {
        await stopProcess(tap);
      }
    });
  });
}

test.describe('faults in what the tap relays', () => {
  test('--fault "delay 700ms on tools/call" reaches the host as specified', async () => {
    const host = await hostThroughTap({ name: 'slow-host', home: testHome(), tapArgs: ['--port', String(await freePort()), '--fault', 'delay 700ms on tools/call'], server: everything });
    try {
      const started = performance.now();
      const echo = await host.client.callTool({ name: 'echo', arguments: { message: 'late' } });
      expect(performance.now() - started).toBeGreaterThanOrEqual(700);
      expect(echo.content).toEqual([{ type: 'text', text: 'Echo: late' }]);
      // Only tools/call is delayed.
      const pinged = performance.now();
      await host.client.ping();
      expect(performance.now() - pinged).toBeLessThan(700);
    } finally {
      await host.close();
    }
  });

  test('--fault "error -32603 on tools/call" answers in the server’s place, is marked in the UI, and the person can switch it off', async ({ page }) => {
    const port = await freePort();
    const host = await hostThroughTap({ name: 'faulted-host', home: testHome(), tapArgs: ['--port', String(port), '--token', 'fault-tap', '--fault', 'error -32603 on tools/call'], server: everything });
    try {
      await expect(host.client.callTool({ name: 'echo', arguments: { message: 'refused' } })).rejects.toMatchObject({ code: -32603 });
      await inspectorUiStarted(host, port);
      const inspector = new InspectorPage(page);
      await inspector.open(`http://127.0.0.1:${port}/#token=fault-tap`);
      await expect(inspector.status).toContainText('Tapped: watching the host (read-only)');
      await inspector.showTab('Log');
      await expect(inspector.logRows(/fault "error -32603 on tools\/call"/)).toHaveCount(1);
      await inspector.showTab('Faults');
      const toggle = page.getByRole('region', { name: 'Fault rules' }).getByRole('checkbox', { name: 'Enable error -32603 on tools/call' });
      await expect(toggle).toBeChecked();
      await toggle.click();
      await expect(toggle).not.toBeChecked();
      // The rule change went from the UI to the tap, which relays the next call untouched.
      await expect(async () => {
        const echo = await host.client.callTool({ name: 'echo', arguments: { message: 'through again' } });
        expect(echo.content).toEqual([{ type: 'text', text: 'Echo: through again' }]);
      }).toPass({ timeout: 10_000 });
    } finally {
      await host.close();
    }
  });
});

test('faults in a --url tap act on the host’s POSTs: an injected error, and a delay', async () => {
  const server = await startEverythingServer('streamableHttp');
  const tap = spawn(process.execPath, [builtCli, 'tap', '--no-open', '--no-record', '--port', String(await freePort()), '--url', server.url, '--listen', '127.0.0.1:0', '--fault', 'error -32603 on tools/call after 1', '--fault', 'delay 700ms on resources/list'], {
    env: { PATH: process.env.PATH ?? '', HOME: testHome() },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  tap.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  try {
    await expect.poll(() => /forwarding (http:\S+) to/.exec(stderr)?.[1], { timeout: 15_000 }).toBeTruthy();
    const host = await hostOverHttp('http-fault-host', /forwarding (http:\S+) to/.exec(stderr)![1]!);
    try {
      // The first call passes (after 1), the second is answered in the server's place.
      expect((await host.callTool({ name: 'echo', arguments: { message: 'first' } })).content).toEqual([{ type: 'text', text: 'Echo: first' }]);
      await expect(host.callTool({ name: 'echo', arguments: { message: 'second' } })).rejects.toMatchObject({ code: -32603 });
      const started = performance.now();
      await host.listResources();
      expect(performance.now() - started).toBeGreaterThanOrEqual(700);
    } finally {
      await host.close();
    }
  } finally {
    await stopProcess(tap);
    await server.stop();
  }
});

