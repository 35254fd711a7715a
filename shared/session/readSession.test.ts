import { describe, expect, it } from 'vitest';
import { readSession, SessionFormatError } from './readSession';
import { SESSION_FORMAT, SESSION_FORMAT_VERSION, type SessionEntry, type SessionHeader } from './sessionFormat';
import { entryEvent, sessionConnections } from './sessionEntries';

const header: SessionHeader = {
  format: SESSION_FORMAT,
  version: SESSION_FORMAT_VERSION,
  inspectorVersion: '0.1.0',
  createdAt: '2026-11-23T12:00:00.000Z',
  targets: [{ transport: 'stdio', command: 'node', args: ['server.js'], env: { API_KEY: '***' } }],
  client: { info: { name: 'mcp-inspect', version: '0.1.0' }, capabilities: {} },
  era: 'legacy',
};
const request: SessionEntry = {
  type: 'event',
  seq: 1,
  time: 1000,
  connectionId: 'c1',
  payload: { kind: 'message', direction: 'outgoing', message: { jsonrpc: '2.0', id: 0, method: 'ping' }, size: 40 },
};
const stderr: SessionEntry = { type: 'event', seq: 2, time: 1001, connectionId: 'c1', payload: { kind: 'stderr', text: 'ready' } };

function file(...lines: unknown[]): string {
  return `${lines.map((line) => (typeof line === 'string' ? line : JSON.stringify(line))).join('\n')}\n`;
}

describe('readSession', () => {
  it('reads a current file: the header and every entry in order', () => {
    const session = readSession(file(header, request, stderr));
    expect(session.header).toEqual(header);
    expect(session.entries).toEqual([request, stderr]);
    expect(session.problems).toEqual([]);
    expect(session.fileVersion).toBe(SESSION_FORMAT_VERSION);
    expect(entryEvent(request as Extract<SessionEntry, { type: 'event' }>)).toMatchObject({ kind: 'message', seq: 1, connectionId: 'c1' });
  });

  it('reads back each event as the inspector stamped it, the stamp last, an app\'s own request still marked', () => {
    const forApp: SessionEntry = { ...request, seq: 3, payload: { kind: 'message', direction: 'outgoing', message: { jsonrpc: '2.0', id: 1, method: 'tools/call' }, size: 50, via: 'app' } };
    const session = readSession(file(header, forApp, stderr));
    const events = session.entries.map((entry) => entryEvent(entry as Extract<SessionEntry, { type: 'event' }>));
    expect(events[0]).toEqual({ kind: 'message', direction: 'outgoing', message: { jsonrpc: '2.0', id: 1, method: 'tools/call' }, size: 50, via: 'app', seq: 3, time: 1000, connectionId: 'c1' });
    expect(Object.keys(events[1]!)).toEqual(['kind', 'text', 'seq', 'time', 'connectionId']);
  });

  it('keeps only the known fields of a hand-checked line: a stray key, or a __proto__ key, is not carried into the event', () => {
    const line = '{"type":"event","seq":4,"time":1,"connectionId":"c1","payload":{"kind":"stderr","text":"x","__proto__":{"polluted":true},"stray":1}}';
    const [entry] = readSession(file(header, line)).entries;
    const event = entryEvent(entry as Extract<SessionEntry, { type: 'event' }>);
    expect(event).toEqual({ kind: 'stderr', text: 'x', seq: 4, time: 1, connectionId: 'c1' });
    expect(Object.getPrototypeOf(event)).toBe(Object.prototype);
    const badVia = readSession(file(header, { ...request, payload: { kind: 'message', direction: 'outgoing', message: {}, size: 2, via: 'host' } }));
    expect(badVia.entries).toEqual([]);
    expect(badVia.problems[0]!.message).toMatch(/^Line 2 is not a valid entry: .*via/);
  });

  it('reports a damaged line by its number and still loads the rest', () => {
    const cutShort = JSON.stringify(stderr).slice(0, 30);
    const session = readSession(file(header, request, '{"type":"event","seq":"two"}', stderr, cutShort));
    expect(session.entries).toEqual([request, stderr]);
    expect(session.problems.map((problem) => problem.line)).toEqual([3, 5]);
    expect(session.problems[0]!.message).toMatch(/^Line 3 is not a valid entry: .*seq/);
    expect(session.problems[1]!.message).toMatch(/^Line 5 is not JSON/);
    expect(session.damagedLines).toBe(2);
  });

  it('lists only the first damaged lines of 100,000 and counts them all', () => {
    const damaged = Array.from({ length: 100_000 }, (_, index) => `damaged line ${index}`);
    const session = readSession(file(header, request, ...damaged, stderr));
    expect(session.entries).toEqual([request, stderr]);
    expect(session.damagedLines).toBe(100_000);
    expect(session.problems.map((problem) => problem.line)).toEqual([3, 4, 5, 6, 7, 8, 9, 10, 11, 12]);
    expect(JSON.stringify(session.problems).length).toBeLessThan(2000);
  });

  it('keeps a too-deep message entry: its stand-in and its raw text', () => {
    const raw = `{"jsonrpc":"2.0","method":"notifications/message","params":{"data":${'['.repeat(2000)}${']'.repeat(2000)}}}`;
    const deep: SessionEntry = {
      ...request,
      payload: { kind: 'message', direction: 'incoming', message: { jsonrpc: '2.0', method: 'notifications/message', params: {} }, size: raw.length, tooDeep: { levels: 2002, raw } },
    };
    const session = readSession(file(header, deep));
    expect(session.entries).toEqual([deep]);
    expect(entryEvent(session.entries[0] as Extract<SessionEntry, { type: 'event' }>)).toMatchObject({ tooDeep: { levels: 2002, raw } });
  });

  it('checks message and output events as strictly as the schema (they skip it for speed)', () => {
    const bad = [
      { ...request, seq: -1 },
      { ...request, seq: 1.5 },
      { ...request, payload: { kind: 'message', direction: 'sideways', message: {}, size: 2 } },
      { ...request, payload: { kind: 'message', direction: 'incoming', message: {}, size: '2' } },
      { ...stderr, payload: { kind: 'stderr', text: 42 } },
      { ...stderr, connectionId: 7 },
    ];
    const session = readSession(file(header, ...bad, stderr));
    expect(session.entries).toEqual([stderr]);
    expect(session.problems.map((problem) => problem.line)).toEqual([2, 3, 4, 5, 6, 7]);
    expect(session.problems.every((problem) => / is not a valid entry: /.test(problem.message))).toBe(true);
    const event = entryEvent(request as Extract<SessionEntry, { type: 'event' }>);
    expect(event).toEqual({ ...(request as Extract<SessionEntry, { type: 'event' }>).payload, seq: 1, time: request.time, connectionId: 'c1' });
  });

  it('refuses a file from a newer version with a clear error', () => {
    const future = { ...header, version: SESSION_FORMAT_VERSION + 1, somethingNew: true };
    expect(() => readSession(file(future, request))).toThrow(SessionFormatError);
    expect(() => readSession(file(future, request))).toThrow(/written by a newer mcp-inspect \(session format version 3; this mcp-inspect reads up to version 2\)\. Update mcp-inspect/);
  });

  it('refuses what is not a session: empty, not JSON, another format, a broken header', () => {
    expect(() => readSession('')).toThrow(/empty/);
    expect(() => readSession('hello\n')).toThrow(/Line 1 is not JSON/);
    expect(() => readSession(file({ format: 'har', version: 1 }))).toThrow(/not an mcp-inspect session header/);
    expect(() => readSession(file({ ...header, createdAt: 'yesterday' }))).toThrow(/header is invalid: createdAt/);
  });

  it('reads a version 1 file as version 2 (which only added the app event kind), and keeps app events', () => {
    const v1 = readSession(file({ ...header, version: 1 }, request));
    expect(v1.fileVersion).toBe(1);
    expect(v1.header.version).toBe(2);
    expect(v1.problems).toEqual([]);
    const app = { type: 'event', seq: 2, time: 5, connectionId: 'c1', payload: { kind: 'app', direction: 'from-app', resourceUri: 'ui://a/app.html', message: { jsonrpc: '2.0', id: 1, method: 'ui/initialize' }, size: 40 } };
    expect(readSession(file(header, request, app)).entries).toHaveLength(2);
  });

  it('upgrades a version 0 file step by step: header and entries', () => {
    const v0Header = { format: SESSION_FORMAT, version: 0, inspectorVersion: '0.0.9', createdAt: Date.UTC(2026, 0, 2), target: header.targets[0] };
    const v0Entry = { seq: 1, time: 1000, connectionId: 'c1', kind: 'stderr', text: 'old' };
    const session = readSession(file(v0Header, v0Entry, { kind: 'stderr' }));
    expect(session.fileVersion).toBe(0);
    expect(session.header).toEqual({
      ...header,
      inspectorVersion: '0.0.9',
      createdAt: '2026-01-02T00:00:00.000Z',
      client: { info: { name: 'mcp-inspect', version: '0.0.9' }, capabilities: {} },
    });
    expect(session.entries).toEqual([{ type: 'event', seq: 1, time: 1000, connectionId: 'c1', payload: { kind: 'stderr', text: 'old' } }]);
    expect(session.problems).toEqual([{ line: 3, message: expect.stringMatching(/^Line 3 could not be upgraded from version 0: seq/) }]);
  });
});

describe('sessionConnections', () => {
  it('groups entries per connection: last summary, events, findings, removal', () => {
    const summary = { id: 'c1', label: 'srv', target: header.targets[0]!, state: 'connected' as const, stderrTail: [], attempt: 1 };
    const finding = { ruleId: 'r', severity: 'error' as const, connectionId: 'c1', message: 'm', specSection: 'https://modelcontextprotocol.io/x', seqs: [1] };
    const connections = sessionConnections([
      { type: 'connection', seq: 0, time: 1, connectionId: 'c1', summary: { ...summary, state: 'connecting' } },
      request,
      { type: 'connection', seq: 1, time: 2, connectionId: 'c1', summary },
      { type: 'finding', seq: 1, time: 3, connectionId: 'c1', finding },
      { type: 'event', seq: 3, time: 4, connectionId: 'c2', payload: { kind: 'stdout', text: 'x' } },
      { type: 'connectionRemoved', seq: 3, time: 5, connectionId: 'c2' },
    ]);
    expect(connections.map((c) => [c.id, c.summary?.state, c.events.map((e) => e.seq), c.findings.length, c.removed])).toEqual([
      ['c1', 'connected', [1], 1, false],
      ['c2', undefined, [3], 0, true],
    ]);
  });
});
