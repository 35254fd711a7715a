import { describe, expect, it } from 'vitest';
import type { ConnectionSummary } from '../../../../shared/connectionTypes';
import type { Finding } from '../../../../shared/diagnosis';
import type { RecordedEvent } from '../../../../shared/recordedEvent';
import { entryEvent, readSession, sessionConnections } from '../../../../shared/session';
import { logExportFileName, logRowsSessionFile } from './logRowsSessionFile';

const SECRET = 'sk-live-0123456789';
const stdio: ConnectionSummary = {
  id: 'c1',
  label: 'my-server',
  target: { transport: 'stdio', command: 'node', args: ['server.js'], env: { API_KEY: SECRET } },
  state: 'connected',
  stderrTail: [`using ${SECRET}`],
  attempt: 1,
};
const remote: ConnectionSummary = {
  id: 'c2',
  label: 'remote',
  target: {
    transport: 'streamable-http',
    url: 'https://user:pa55word@example.com/mcp?api_key=k3y-value',
    headers: { Authorization: 'Bearer tok-abcdef', 'X-Customer': 'customer-secret-value' },
    oauth: { clientId: 'my-client', clientSecret: 'oauth-client-secret-1' },
  },
  state: 'connected',
  stderrTail: [],
  attempt: 1,
};
const events: RecordedEvent[] = [
  { kind: 'message', direction: 'outgoing', message: { jsonrpc: '2.0', id: 1, method: 'tools/call', params: { name: 'echo' } }, size: 60, seq: 4, time: 1_000, connectionId: 'c1' },
  { kind: 'message', direction: 'incoming', message: { jsonrpc: '2.0', id: 1, result: { content: [{ type: 'text', text: `echo ${SECRET}` }] } }, size: 80, seq: 6, time: 1_010, connectionId: 'c1' },
  { kind: 'stderr', text: 'token tok-abcdef', seq: 9, time: 1_020, connectionId: 'c2' },
];
const finding = (seq: number): Finding => ({ ruleId: 'r', severity: 'warning', connectionId: 'c1', message: 'm', specSection: 'https://modelcontextprotocol.io/x', seqs: [seq] });

describe('logRowsSessionFile', () => {
  const text = logRowsSessionFile({
    events,
    connections: [stdio, remote, { ...stdio, id: 'c3', label: 'not exported' }],
    findings: [finding(6), finding(5)],
    inspectorVersion: '1.2.3',
    exportedAt: new Date(5_000),
  });

  it('is a session file holding exactly the rows, with their connections and the findings on them', () => {
    const session = readSession(text);
    expect(session.problems).toEqual([]);
    expect(session.header).toMatchObject({ format: 'mcp-inspect-session', inspectorVersion: '1.2.3', createdAt: new Date(1_000).toISOString(), targets: [] });
    const rows = session.entries.flatMap((entry) => (entry.type === 'event' ? [entryEvent(entry)] : []));
    expect(rows.map((row) => row.seq)).toEqual([4, 6, 9]);
    expect(rows[0]).toEqual(events[0]);
    const connections = sessionConnections(session.entries);
    expect(connections.map((connection) => [connection.id, connection.summary?.label, connection.events.length, connection.findings.map((f) => f.seqs)])).toEqual([
      ['c1', 'my-server', 2, [[6]]],
      ['c2', 'remote', 1, []],
    ]);
  });

  it('masks every credential in targets and wherever a server echoed one', () => {
    for (const secret of [SECRET, 'pa55word', 'k3y-value', 'tok-abcdef', 'customer-secret-value', 'oauth-client-secret-1']) expect(text).not.toContain(secret);
    const [first, second] = sessionConnections(readSession(text).entries);
    expect(first!.summary!.target).toEqual({ transport: 'stdio', command: 'node', args: ['server.js'], env: { API_KEY: '***' } });
    expect(second!.summary!.target).toMatchObject({
      url: 'https://***:***@example.com/mcp?api_key=***',
      headers: { Authorization: 'Bearer ***', 'X-Customer': '***' },
      oauth: { clientId: 'my-client', clientSecret: '***' },
    });
    expect(text).toContain('echo ***');
    expect(text).toContain('using ***');
  });

  it('names the file after the connection and the time', () => {
    expect(logExportFileName('node server.js', new Date(Date.UTC(2026, 10, 23, 12, 0, 0)))).toBe('node-server.js-log-2026-11-23T12-00-00-000Z.jsonl');
  });
});
