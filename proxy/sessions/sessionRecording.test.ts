// Recording a real session and reopening it: the inspector with the recorder subscribed, against a
// real fixture server (one that raises a finding), then the file loaded into a fresh inspector as
// recorded connections.
import { mkdtempSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { StdioTarget } from '../../shared/connectionTypes';
import { SESSION_FORMAT_VERSION, readSession, sessionConnections } from '../../shared/session';
import { fixtureServerCommand } from '../../e2e/fixtures/paths';
import { Inspector } from '../inspector/Inspector';
import { observeInspector } from '../inspector/observeInspector';
import { addRecordedConnections } from './loadRecordedSession';
import { NOT_RECORDED_CODE } from '../inspector/unansweredCode';
import type { SessionRecorder } from './SessionRecorder';
import { startRecording } from './startRecording';
import { eventJsonText } from '../inspector/eventBytes';

const SECRET = 'sk-live-4f9a1c77e2b8';
const noisy: StdioTarget = {
  transport: 'stdio',
  ...fixtureServerCommand('noisyStdoutServer'),
  env: { API_KEY: SECRET, SHORT: 'x' },
};

describe('a recorded session of a real server', () => {
  const file = path.join(mkdtempSync(path.join(os.tmpdir(), 'mcp-inspect-rec-')), 'nested', 'session.jsonl');
  const inspector = new Inspector({ inspectorVersion: '9.9.9-test', target: noisy, isDemo: false });
  const seen = observeInspector(inspector);
  let recorder: SessionRecorder | undefined;
  let text = '';

  beforeAll(async () => {
    recorder = startRecording(inspector, { kind: 'file', file }, (message) => {
      throw new Error(message);
    });
    const { id } = inspector.connect(noisy);
    await seen.state(id, ['connected', 'failed', 'exited']);
    await inspector.get(id).request('tools/list', undefined);
    await inspector.get(id).request('tools/call', { name: 'echo', arguments: { message: `hello ${SECRET}` } });
    await seen.until(() => (seen.findings.length > 0 ? true : undefined), 'a finding');
    await inspector.closeAll();
    recorder?.close();
    text = readFileSync(file, 'utf8');
  }, 30_000);
  afterAll(() => inspector.closeAll());

  it('writes a header and every event, summary and finding in order', () => {
    const session = readSession(text);
    expect(session.problems).toEqual([]);
    expect(session.header).toMatchObject({ format: 'mcp-inspect-session', version: SESSION_FORMAT_VERSION, inspectorVersion: '9.9.9-test', era: 'legacy' });
    expect(session.header.targets).toEqual([{ ...noisy, env: { API_KEY: '***', SHORT: '***' } }]);
    const events = session.entries.filter((entry) => entry.type === 'event');
    expect(events.map((entry) => entry.seq)).toEqual(seen.events.map((event) => event.seq));
    const [connection] = sessionConnections(session.entries);
    expect(connection!.summary).toMatchObject({ state: 'disconnected', handshake: { serverInfo: { name: 'noisy-stdout-fixture' } } });
    expect(connection!.findings.map((finding) => finding.ruleId)).toEqual(['stdout-not-json']);
    // The header's client is what the launch connection declared in its `initialize`.
    const handshake = connection!.summary!.handshake!;
    expect(session.header.client).toEqual({ info: handshake.clientInfo, capabilities: handshake.clientCapabilities });
    expect(Object.keys(session.header.client.capabilities)).toEqual(expect.arrayContaining(['sampling', 'elicitation', 'roots']));
  });

  it('never writes a secret: env values are masked, and echoed values scrubbed', () => {
    expect(text).not.toContain(SECRET);
    expect(text).toContain('hello ***');
  });

  it("writes each event in the same bytes the sockets send (the inspector's JSON, made once)", () => {
    const lines = text.trim().split('\n').slice(1).map((line) => JSON.parse(line) as { type: string; seq: number; payload?: unknown });
    for (const event of seen.events) {
      const json = eventJsonText(inspector.eventBytes(event));
      const { seq, time, connectionId, ...payload } = JSON.parse(json) as typeof event;
      expect({ seq, time, connectionId }).toEqual({ seq: event.seq, time: event.time, connectionId: event.connectionId });
      expect(lines.find((line) => line.type === 'event' && line.seq === seq)?.payload).toEqual(payload);
      expect(text).toContain(`"payload":${json.slice(0, json.lastIndexOf(',"seq":'))}}`);
    }
    expect(seen.events.map((event) => eventJsonText(inspector.eventBytes(event))).join('')).not.toContain(SECRET);
  });

  it('reopens read-only: same log, findings and handshake; recorded requests answered, others refused', async () => {
    const reopened = new Inspector({ inspectorVersion: '9.9.9-test', isDemo: false });
    addRecordedConnections(reopened, sessionConnections(readSession(text).entries));
    const snapshot = reopened.snapshot();
    expect(snapshot.events.map((event) => event.seq)).toEqual(seen.events.map((event) => event.seq));
    expect(snapshot.findings).toEqual(seen.findings);
    expect(snapshot.connections).toEqual([expect.objectContaining({ id: 'c1', state: 'recorded', handshake: expect.objectContaining({ protocolVersion: expect.any(String) }) })]);

    const connection = reopened.get('c1');
    const tools = await connection.request('tools/list', {});
    expect(tools).toMatchObject({ ok: true, result: { tools: [expect.objectContaining({ name: 'echo' })] } });
    const other = await connection.request('tools/call', { name: 'echo', arguments: { message: 'new' } });
    expect(other).toMatchObject({ ok: false, error: { code: NOT_RECORDED_CODE, message: expect.stringMatching(/^Not in the recording/) } });
    await expect(connection.reconnect()).rejects.toThrow(/is a recording and cannot be reconnected/);
    // A live connection opened next to the recording gets a fresh id, and its events come after.
    expect(reopened.connect({ transport: 'stdio', command: '/nonexistent/server', args: [], env: {} }).id).toBe('c2');
    await reopened.closeAll();
  });
});
