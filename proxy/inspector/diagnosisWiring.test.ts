// The diagnosis wired into the inspector: every stamped event is diagnosed as it is recorded, findings
// are kept per connection for snapshots and reach an attached socket after the events they point at.
// A correct server (server-everything) raises none.
import { createRequire } from 'node:module';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Finding } from '../../shared/diagnosis';
import type { StdioTarget } from '../../shared/connectionTypes';
import type { RecordedEvent } from '../../shared/recordedEvent';
import { startInspectorServer, type InspectorServer } from '../server';
import { TestSocketClient } from '../ws/testSocketClient';
import { Inspector } from './Inspector';
import { observeInspector as observe } from './observeInspector';

const require = createRequire(import.meta.url);
const everything: StdioTarget = {
  transport: 'stdio',
  command: process.execPath,
  args: [require.resolve('@modelcontextprotocol/server-everything/dist/index.js'), 'stdio'],
  env: {},
};

/** A minimal stdio server that answers initialize, then prints a debug line to stdout (a protocol bug). */
const noisyScript = `
  const send = (message) => process.stdout.write(JSON.stringify(message) + '\\n');
  require('readline').createInterface({ input: process.stdin }).on('line', (line) => {
    const message = JSON.parse(line);
    if (message.method === 'initialize') {
      send({ jsonrpc: '2.0', id: message.id, result: { protocolVersion: message.params.protocolVersion, capabilities: {}, serverInfo: { name: 'noisy', version: '1' } } });
    } else if (message.method === 'notifications/initialized') {
      process.stdout.write('debug: hello from console.log\\n');
    }
  });`;
const noisy: StdioTarget = { transport: 'stdio', command: process.execPath, args: ['-e', noisyScript], env: {} };

const isStdoutLine = (event: RecordedEvent) => event.kind === 'stdout' && event.text.startsWith('debug: hello');

describe('diagnosis in the inspector', () => {
  const inspector = new Inspector({ inspectorVersion: '0.0.0-test', isDemo: false });
  const seen = observe(inspector);
  afterAll(() => inspector.closeAll());

  it('raises stdout-not-json for a non-JSON stdout line, pointing at its seq, and keeps it for snapshots', async () => {
    const { id } = inspector.connect(noisy);
    const finding = await seen.until(() => seen.findings.find((f) => f.connectionId === id), 'a finding');
    const line = seen.events.find(isStdoutLine);
    expect(line).toBeDefined();
    expect(finding).toMatchObject({ ruleId: 'stdout-not-json', severity: 'error', connectionId: id, seqs: [line!.seq] });
    expect(finding.message).toContain('debug: hello from console.log');
    expect(finding.specSection).toMatch(/^https:\/\//);
    expect(inspector.snapshot().findings).toEqual([finding]);

    await inspector.get(id).disconnect();
    expect(seen.findings.filter((f) => f.connectionId === id)).toEqual([finding]);
    await inspector.remove(id);
    expect(inspector.snapshot().findings).toEqual([]);
  });

  it('raises nothing for server-everything: handshake, tools/list, echo, a second attempt, disconnect', async () => {
    const { id } = inspector.connect(everything);
    expect((await seen.state(id, ['connected', 'failed', 'exited'])).state).toBe('connected');
    const connection = inspector.get(id);
    expect(await connection.request('tools/list', {})).toMatchObject({ ok: true });
    expect(await connection.request('tools/call', { name: 'echo', arguments: { message: 'hi' } })).toMatchObject({ ok: true });
    await connection.reconnect();
    expect((await seen.state(id, ['connected', 'failed'])).state).toBe('connected');
    expect(await connection.request('tools/list', {})).toMatchObject({ ok: true });
    await connection.disconnect();
    const ofConnection = (findings: Finding[]) => findings.filter((f) => f.connectionId === id);
    expect(ofConnection(seen.findings)).toEqual([]);
    expect(ofConnection(inspector.snapshot().findings)).toEqual([]);
  });
});

describe('diagnosis over the socket', () => {
  const token = 'diagnosis-test-token';
  let server: InspectorServer;
  beforeAll(async () => (server = await startInspectorServer({ port: 0, token, log: () => {} })));
  afterAll(() => server?.close());

  it('publishes a finding after the events it points at, and includes it in a later snapshot', async () => {
    const client = await TestSocketClient.open(server.port, token);
    expect((await client.attach()).findings).toEqual([]);
    const answer = await client.call('connect', { target: noisy });
    const id = (answer.result as { id: string }).id;
    const [finding] = await client.waitFor(() => (client.findings().length > 0 ? client.findings() : undefined));
    const line = client.events().find(isStdoutLine);
    expect(finding).toMatchObject({ ruleId: 'stdout-not-json', connectionId: id, seqs: [line?.seq] });

    const findingFrame = client.frames.findIndex((frame) => frame.event === 'diagnosisRaised');
    const lineFrame = client.frames.findIndex(
      (frame) => frame.event === 'eventsRecorded' && (frame.params as { events: RecordedEvent[] }).events.some(isStdoutLine),
    );
    expect(lineFrame).toBeGreaterThanOrEqual(0);
    expect(lineFrame).toBeLessThan(findingFrame);

    const late = await TestSocketClient.open(server.port, token);
    expect((await late.attach()).findings).toEqual([finding]);
    await client.call('removeConnection', { connectionId: id });
    client.close();
    late.close();
  });
});
