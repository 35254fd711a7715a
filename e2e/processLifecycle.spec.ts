// What happens to processes: servers are reaped when the proxy is told to stop, a crash is reported
// with its exit code and stderr, and a command that cannot start says why. Checked at the socket,
// the way the UI sees it; the UI's rendering of the same states is covered in connection.spec.ts.
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { WebSocket } from 'ws';
import { InspectorSocketClient } from './fixtures/inspectorSocketClient';
import { builtCli, everythingEntry, fixtureServerCommand } from './fixtures/paths';
import { startProxy, stopProcess } from './fixtures/proxyProcess';
import { SOCKET_PATH } from '../shared/inspectorProtocol';
import type { RecordedEvent } from '../shared/recordedEvent';

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

function spawnedPids(events: RecordedEvent[]): number[] {
  return events.flatMap((event) => (event.kind === 'transport' && event.event.type === 'spawned' ? [event.event.pid] : []));
}

test('a proxy whose stdout and stderr were closed (`mcp-inspect … | head`) stays idle and serving when it has something to say', async () => {
  const token = 'closed-output-token';
  const child = spawn(process.execPath, [builtCli, '--no-open', '--port', '0', '--token', token, '--no-record', '--', process.execPath, everythingEntry, 'stdio'], { stdio: ['ignore', 'pipe', 'pipe'] });
  try {
    const origin = await new Promise<string>((resolve, reject) => {
      let output = '';
      child.stdout.on('data', (chunk: Buffer) => {
        output += chunk.toString();
        const url = /mcp-inspect ready: (http:\/\/127\.0\.0\.1:\d+)/.exec(output)?.[1];
        if (url) resolve(url);
      });
      child.once('exit', (code) => reject(new Error(`the proxy exited (${code}) before it was ready: ${output}`)));
    });
    // The reader goes away, as `head` does after its first line.
    child.stdout.destroy();
    child.stderr.destroy();
    // Start-up done (the core loaded, the server connected), so what the proxy spends next is its own.
    const { client } = await InspectorSocketClient.openConnected({ origin, token });
    client.close();
    // Something for the proxy to say on stderr: a socket frame that is not JSON.
    const socket = new WebSocket(`${origin.replace(/^http/, 'ws')}${SOCKET_PATH}?token=${token}`, { headers: { Origin: origin } });
    await new Promise((resolve, reject) => socket.once('open', resolve).once('error', reject));
    socket.send('not json');
    const cpuMs = () => {
      const fields = readFileSync(`/proc/${child.pid}/stat`, 'utf8').replace(/^.*\) /, '').split(' ');
      return (Number(fields[11]) + Number(fields[12])) * 10;
    };
    await new Promise((resolve) => setTimeout(resolve, 500));
    const before = cpuMs();
    await new Promise((resolve) => setTimeout(resolve, 3_000));
    // Idle, not reporting its failed writes to itself in a loop (which took ~90% of a core).
    expect(cpuMs() - before).toBeLessThan(1_000);
    expect((await fetch(`${origin}/api/health`, { headers: { Authorization: `Bearer ${token}` } })).status).toBe(200);
    socket.close();
  } finally {
    await stopProcess(child);
  }
});

test('SIGTERM to the proxy leaves no server process behind', async () => {
  const proxy = await startProxy(['--', process.execPath, everythingEntry, 'stdio']);
  const client = await InspectorSocketClient.open(proxy.origin, proxy.token);
  const crashing = fixtureServerCommand('crashingServer');
  const second = await client.connect({ target: { transport: 'stdio', command: crashing.command, args: crashing.args, env: {} } });
  await client.waitForState(second.id, ['connected']);
  const [first] = [...client.connections.values()].filter((c) => c.id !== second.id);
  await client.waitForState(first!.id, ['connected']);

  const pids = await client.waitFor(() => {
    const found = spawnedPids(client.events);
    return found.length === 2 ? found : undefined;
  });
  expect(pids.every(isAlive)).toBe(true);

  client.close();
  await proxy.stop();
  expect(proxy.process.exitCode ?? proxy.process.signalCode).not.toBeNull();
  await expect.poll(() => pids.filter(isAlive), { timeout: 5_000 }).toEqual([]);
});

/** The pid a fixture wrapper wrote on stderr ("wrapped server pid N"). */
function wrappedServerPid(events: RecordedEvent[]): number | undefined {
  for (const event of events) {
    const match = event.kind === 'stderr' ? /^wrapped server pid (\d+)$/.exec(event.text) : null;
    if (match) return Number(match[1]);
  }
  return undefined;
}

test('SIGTERM to the proxy also ends a server behind a wrapper that passes no signal on (as npx does)', async () => {
  const wrapper = fixtureServerCommand('signalDeafWrapper');
  const server = fixtureServerCommand('eofDeafServer');
  const proxy = await startProxy(['--', wrapper.command, ...wrapper.args, server.command, ...server.args]);
  const client = await InspectorSocketClient.open(proxy.origin, proxy.token);
  const [connection] = [...client.connections.values()];
  await client.waitForState(connection!.id, ['connected']);
  const serverPid = await client.waitFor(() => wrappedServerPid(client.events));
  const [wrapperPid] = spawnedPids(client.events);
  expect([wrapperPid!, serverPid].every(isAlive)).toBe(true);

  client.close();
  await proxy.stop();
  await expect.poll(() => [wrapperPid!, serverPid].filter(isAlive), { timeout: 8_000 }).toEqual([]);
});

test('kill -9 of the proxy: a server that ignores the end of its stdin is still ended, by the watchdog', async () => {
  const server = fixtureServerCommand('eofDeafServer');
  const proxy = await startProxy(['--', server.command, ...server.args]);
  const client = await InspectorSocketClient.open(proxy.origin, proxy.token);
  const [connection] = [...client.connections.values()];
  await client.waitForState(connection!.id, ['connected']);
  const [serverPid] = spawnedPids(client.events);
  expect(isAlive(serverPid!)).toBe(true);

  client.close();
  await stopProcess(proxy.process, 'SIGKILL');
  expect(proxy.process.signalCode).toBe('SIGKILL');
  await expect.poll(() => isAlive(serverPid!), { timeout: 8_000 }).toBe(false);
});

test('a server that exits mid-session is reported as exited with its code and stderr', async () => {
  const crashing = fixtureServerCommand('crashingServer');
  const proxy = await startProxy(['--', crashing.command, ...crashing.args]);
  try {
    const client = await InspectorSocketClient.open(proxy.origin, proxy.token);
    const [connection] = [...client.connections.values()];
    await client.waitForState(connection!.id, ['connected']);

    const call = client.request({ connectionId: connection!.id, method: 'tools/call', params: { name: 'crash', arguments: {} } });
    const exited = await client.waitForState(connection!.id, ['exited']);
    expect(exited.exit).toEqual({ code: 3, signal: null });
    expect(exited.stderrTail.join('\n')).toContain('fatal: crash tool called');
    // The request in flight when the server died is answered with an error, not left hanging.
    const outcome = await call;
    expect(outcome.ok).toBe(false);
    client.close();
  } finally {
    await proxy.stop();
  }
});

test('a command that cannot start gives a clear error and the proxy keeps serving', async () => {
  const proxy = await startProxy(['--', 'definitely-not-a-command-mcp-inspect']);
  try {
    const client = await InspectorSocketClient.open(proxy.origin, proxy.token);
    const [connection] = [...client.connections.values()];
    const failed = await client.waitForState(connection!.id, ['failed']);
    expect(failed.error).toMatch(/definitely-not-a-command-mcp-inspect/);
    expect(failed.error).toMatch(/not found|ENOENT/i);

    const working = await client.connect({ target: { transport: 'stdio', command: process.execPath, args: [everythingEntry, 'stdio'], env: {} } });
    await client.waitForState(working.id, ['connected']);
    client.close();
  } finally {
    await proxy.stop();
  }
});
