// The inspector core against the real server-everything over stdio: handshake from the wire,
// requests and their outcomes, the stamped stream, and a disconnect that leaves no process behind.
import { createRequire } from 'node:module';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { clientCapabilitiesFor } from '../../shared/clientCapabilities';
import { DEFAULT_CONNECTION_SETTINGS, type ConnectionSummary, type StdioTarget } from '../../shared/connectionTypes';
import { readEnvelope } from '../../shared/jsonrpc';
import { Inspector } from './Inspector';
import { observeInspector as observe } from './observeInspector';

const require = createRequire(import.meta.url);
const everything: StdioTarget = {
  transport: 'stdio',
  command: process.execPath,
  args: [require.resolve('@modelcontextprotocol/server-everything/dist/index.js'), 'stdio'],
  env: {},
};

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

describe('Inspector with server-everything over stdio', () => {
  const inspector = new Inspector({ inspectorVersion: '9.9.9-test', isDemo: false });
  const seen = observe(inspector);
  let connected: ConnectionSummary;

  beforeAll(async () => {
    const opened = inspector.connect(everything);
    expect(opened).toMatchObject({ id: 'c1', state: 'connecting', attempt: 1, label: 'node index.js' });
    connected = await seen.state(opened.id, ['connected', 'failed', 'exited']);
  });
  afterAll(() => inspector.closeAll());

  it('captures the handshake from the recorded initialize exchange', () => {
    expect(connected.state).toBe('connected');
    expect(connected.transport).toBe('stdio');
    expect(connected.label).toBe('Everything Reference Server');
    const handshake = connected.handshake!;
    expect(handshake.serverInfo.name).toBe('mcp-servers/everything');
    expect(handshake.clientInfo).toEqual({ name: 'mcp-inspect', version: '9.9.9-test' });
    expect(handshake.clientCapabilities).toEqual(clientCapabilitiesFor(DEFAULT_CONNECTION_SETTINGS.capabilities));
    expect(handshake.serverCapabilities).toHaveProperty('tools');
    expect(handshake.protocolVersion).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(handshake.protocolVersionOffered).toMatch(/^\d{4}-\d{2}-\d{2}$/);

    const request = seen.events.find((event) => event.seq === handshake.requestSeq);
    const response = seen.events.find((event) => event.seq === handshake.responseSeq);
    expect(request).toMatchObject({ kind: 'message', direction: 'outgoing', message: { method: 'initialize' } });
    expect(response).toMatchObject({ kind: 'message', direction: 'incoming', message: { result: { protocolVersion: handshake.protocolVersion } } });
  });

  it('stamps one stream in order: spawned, initialize, its response, initialized', () => {
    const seqs = seen.events.map((event) => event.seq);
    expect(seqs).toEqual([...seqs].sort((a, b) => a - b));
    expect(new Set(seqs).size).toBe(seqs.length);
    const kinds = seen.events.map((event) =>
      event.kind === 'transport' ? event.event.type : event.kind === 'message' ? `${event.direction}:${readEnvelope(event.message).method ?? 'response'}` : event.kind,
    );
    const order = ['connecting', 'spawned', 'outgoing:initialize', 'incoming:response', 'outgoing:notifications/initialized'];
    expect(kinds.filter((kind) => order.includes(kind)).slice(0, order.length)).toEqual(order);
    expect(seen.events.every((event) => event.connectionId === 'c1')).toBe(true);
    const initialize = seen.events.find((event) => event.kind === 'message' && readEnvelope(event.message).method === 'initialize');
    expect(initialize?.kind === 'message' && initialize.size).toBe(JSON.stringify(initialize?.kind === 'message' && initialize.message).length);
  });

  it('calls a tool and answers ping', async () => {
    const echo = await inspector.get('c1').request('tools/call', { name: 'echo', arguments: { message: 'hi' } });
    expect(echo).toMatchObject({ ok: true, result: { content: [{ type: 'text', text: 'Echo: hi' }] } });
    expect(echo.durationMs).toBeGreaterThanOrEqual(0);
    expect(await inspector.get('c1').request('ping', undefined)).toMatchObject({ ok: true, result: {} });
  });

  it('turns an MCP error into an outcome with its code', async () => {
    const outcome = await inspector.get('c1').request('no/such-method', {});
    expect(outcome).toMatchObject({ ok: false, error: { code: -32601 } });
  });

  it('reports a timeout as an outcome, not a throw', async () => {
    const outcome = await inspector.get('c1').request('tools/call', { name: 'trigger-long-running-operation', arguments: { duration: 2, steps: 2 } }, { timeoutMs: 50 });
    expect(outcome).toMatchObject({ ok: false, error: { code: -32001, data: { sdkCode: 'REQUEST_TIMEOUT' } } });
  });

  it('snapshots every event recorded so far, in order', () => {
    const snapshot = inspector.snapshot();
    expect(snapshot.connections.map((c) => c.id)).toEqual(['c1']);
    expect(snapshot.events.map((event) => event.seq)).toEqual(seen.events.map((event) => event.seq));
    expect(snapshot.lastSeq).toBe(seen.events.at(-1)?.seq);
  });

  it('disconnects: the server process is gone and the log is kept', async () => {
    const spawned = seen.events.find((event) => event.kind === 'transport' && event.event.type === 'spawned');
    const pid = spawned?.kind === 'transport' && spawned.event.type === 'spawned' ? spawned.event.pid : -1;
    expect(isAlive(pid)).toBe(true);
    const summary = await inspector.get('c1').disconnect();
    expect(summary.state).toBe('disconnected');
    expect(isAlive(pid)).toBe(false);
    expect(seen.events.some((event) => event.kind === 'transport' && event.event.type === 'exited')).toBe(true);
    expect(await inspector.get('c1').request('ping', undefined)).toMatchObject({ ok: false, error: { code: -32000 } });
    expect(inspector.snapshot().events.length).toBe(seen.events.length);
  });

  it('reconnects as a new attempt on the same log', async () => {
    const before = seen.events.length;
    const reopened = await inspector.get('c1').reconnect();
    expect(reopened).toMatchObject({ state: 'connecting', attempt: 2 });
    expect((await seen.state('c1', ['connected', 'failed'])).state).toBe('connected');
    expect(seen.events.length).toBeGreaterThan(before);
  });

  it('removes a connection and forgets its log', async () => {
    await inspector.remove('c1');
    expect(seen.summaries.has('c1')).toBe(false);
    expect(inspector.snapshot()).toMatchObject({ connections: [], events: [] });
    expect(() => inspector.get('c1')).toThrow(/no connection "c1"/);
  });
});

describe('Inspector with servers that fail', () => {
  const inspector = new Inspector({ inspectorVersion: '0.0.0', isDemo: false });
  const seen = observe(inspector);
  afterAll(() => inspector.closeAll());

  it('reports a command that cannot start as failed, with a clear error', async () => {
    const { id } = inspector.connect({ transport: 'stdio', command: 'no-such-command-mcp-inspect', args: [], env: {} });
    const failed = await seen.state(id, ['failed', 'exited', 'connected']);
    expect(failed.state).toBe('failed');
    expect(failed.error).toBe('Could not start "no-such-command-mcp-inspect": command not found (ENOENT)');
  });

  it('reports a server that dies mid-session as exited, and answers the request in flight', async () => {
    // A minimal stdio server: answers initialize, then dies when a tool is called.
    const script = `
      const send = (message) => process.stdout.write(JSON.stringify(message) + '\\n');
      require('readline').createInterface({ input: process.stdin }).on('line', (line) => {
        const message = JSON.parse(line);
        if (message.method === 'initialize') {
          send({ jsonrpc: '2.0', id: message.id, result: { protocolVersion: message.params.protocolVersion, capabilities: { tools: {} }, serverInfo: { name: 'crasher', version: '1' } } });
        } else if (message.method === 'tools/call') {
          process.stderr.write('fatal: boom\\n');
          process.exit(3);
        }
      });`;
    const { id } = inspector.connect({ transport: 'stdio', command: process.execPath, args: ['-e', script], env: {} });
    expect(await seen.state(id, ['connected', 'failed', 'exited'])).toMatchObject({ state: 'connected', label: 'crasher' });
    const outcome = await inspector.get(id).request('tools/call', { name: 'anything', arguments: {} });
    expect(outcome).toMatchObject({ ok: false, error: { code: -32000 } });
    const exited = await seen.state(id, ['exited']);
    expect(exited).toMatchObject({ exit: { code: 3, signal: null }, error: 'Server exited with code 3', stderrTail: ['fatal: boom'] });
  });

  it('reports a server that exits during the handshake as exited, with code and stderr', async () => {
    const script = "process.stderr.write('cannot load config\\n'); process.exit(4)";
    const { id } = inspector.connect({ transport: 'stdio', command: process.execPath, args: ['-e', script], env: {} });
    const exited = await seen.state(id, ['failed', 'exited', 'connected']);
    expect(exited).toMatchObject({ state: 'exited', exit: { code: 4, signal: null }, stderrTail: ['cannot load config'] });
    expect(exited.error).toBe('Server exited with code 4 before the handshake finished');
  });
});
