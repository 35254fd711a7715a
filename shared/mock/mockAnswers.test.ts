import { describe, expect, it } from 'vitest';
import type { RecordedEvent } from '../recordedEvent';
import type { SessionConnection } from '../session/sessionEntries';
import { mockAnswers } from './mockAnswers';
import { MockSourceError, mockRecording, pickMockedConnection } from './mockRecording';

let seq = 0;
const message = (direction: 'outgoing' | 'incoming', body: Record<string, unknown>): RecordedEvent => ({
  kind: 'message',
  direction,
  message: { jsonrpc: '2.0', ...body },
  size: 1,
  seq: ++seq,
  time: seq,
  connectionId: 'c1',
});
const connecting = (): RecordedEvent => ({ kind: 'transport', event: { type: 'connecting', transport: 'stdio' }, seq: ++seq, time: seq, connectionId: 'c1' });

const INITIALIZE_RESULT = { protocolVersion: '2025-06-18', capabilities: { tools: { listChanged: true } }, serverInfo: { name: 'recorded', version: '1.2.3' }, instructions: 'Be kind.' };
const text = (value: string) => ({ content: [{ type: 'text', text: value }] });

/** A recorded conversation: handshake, two pages of tools, calls (one twice with different answers), an error, a request never answered. */
function recordedEvents(): RecordedEvent[] {
  let id = 0;
  const exchange = (method: string, params: Record<string, unknown> | undefined, answer: Record<string, unknown>) => {
    const requestId = ++id;
    return [message('outgoing', { id: requestId, method, ...(params ? { params } : {}) }), message('incoming', { id: requestId, ...answer })];
  };
  return [
    connecting(),
    message('outgoing', { id: 0, method: 'initialize', params: { protocolVersion: '2025-06-18', capabilities: {}, clientInfo: { name: 'c', version: '1' } } }),
    message('incoming', { id: 0, result: INITIALIZE_RESULT }),
    message('outgoing', { method: 'notifications/initialized' }),
    ...exchange('tools/list', { _meta: { progressToken: 7 } }, { result: { tools: [{ name: 'add' }], nextCursor: 'page2' } }),
    ...exchange('tools/list', { cursor: 'page2' }, { result: { tools: [{ name: 'clock' }] } }),
    ...exchange('tools/call', { name: 'add', arguments: { a: 2, b: 3 }, _meta: { progressToken: 8 } }, { result: text('5') }),
    ...exchange('tools/call', { name: 'counter', arguments: {} }, { result: text('1') }),
    ...exchange('tools/call', { name: 'counter', arguments: {} }, { result: text('2') }),
    ...exchange('tools/call', { name: 'log', arguments: { at: '2026-01-01T10:00:00Z', message: 'hi' } }, { result: text('logged') }),
    ...exchange('resources/read', { uri: 'demo://missing' }, { error: { code: -32002, message: 'Resource not found' } }),
    message('outgoing', { id: 99, method: 'prompts/get', params: { name: 'slow' } }),
  ];
}

const answerer = () => mockAnswers(mockRecording('c1', recordedEvents()));
const request = (id: number | string, method: string, params?: Record<string, unknown>) => ({ jsonrpc: '2.0', id, method, ...(params ? { params } : {}) });

describe('mockAnswers', () => {
  it('answers initialize with the recorded handshake, whatever protocol version the client asks for', () => {
    const answer = answerer();
    expect(answer(request(0, 'initialize', { protocolVersion: '2025-11-25', capabilities: {}, clientInfo: { name: 'x', version: '0' } }))).toEqual({ jsonrpc: '2.0', id: 0, result: INITIALIZE_RESULT });
    expect(answer({ jsonrpc: '2.0', method: 'notifications/initialized' })).toBeUndefined();
    expect(answer(request(1, 'ping'))).toEqual({ jsonrpc: '2.0', id: 1, result: {} });
  });

  it('answers a request with the recorded answer to the same method and params, _meta and key order aside', () => {
    const answer = answerer();
    expect(answer(request(5, 'tools/call', { arguments: { b: 3, a: 2 }, name: 'add', _meta: { progressToken: 'other' } }))).toEqual({ jsonrpc: '2.0', id: 5, result: text('5') });
    expect(answer(request('s', 'resources/read', { uri: 'demo://missing' }))).toEqual({ jsonrpc: '2.0', id: 's', error: { code: -32002, message: 'Resource not found' } });
  });

  it('sets volatile params aside when nothing matches exactly (replay\'s ignore rules: dates, uuids, generated ids)', () => {
    const answer = answerer();
    expect(answer(request(1, 'tools/call', { name: 'log', arguments: { at: '2027-03-04T05:06:07Z', message: 'hi' } }))).toMatchObject({ result: text('logged') });
    expect(answer(request(2, 'tools/call', { name: 'log', arguments: { at: '2027-03-04T05:06:07Z', message: 'bye' } }))).toMatchObject({ error: { code: -32602 } });
  });

  it('answers a request recorded several times with its answers in recorded order, then the last one again', () => {
    const answer = answerer();
    const call = (id: number) => answer(request(id, 'tools/call', { name: 'counter', arguments: {} }));
    expect([call(1), call(2), call(3)].map((response) => response && 'result' in response && response.result)).toEqual([text('1'), text('2'), text('2')]);
    // Another client (another mockAnswers) starts from the first answer again.
    expect(answerer()(request(1, 'tools/call', { name: 'counter', arguments: {} }))).toMatchObject({ result: text('1') });
  });

  it('answers list pages by cursor as recorded, and a cursor it never saw with an error naming it', () => {
    const answer = answerer();
    expect(answer(request(1, 'tools/list'))).toMatchObject({ result: { tools: [{ name: 'add' }], nextCursor: 'page2' } });
    expect(answer(request(2, 'tools/list', { cursor: 'page2' }))).toMatchObject({ result: { tools: [{ name: 'clock' }] } });
    expect(answer(request(3, 'tools/list', { cursor: 'page3' }))).toEqual({
      jsonrpc: '2.0',
      id: 3,
      error: { code: -32602, message: 'mcp-inspect mock: the recording holds no answer to tools/list at cursor "page3"' },
    });
  });

  it('says what was not recorded: an unknown method (-32601), other params (-32602), a request never answered (-32603)', () => {
    const answer = answerer();
    expect(answer(request(1, 'prompts/list'))).toMatchObject({ error: { code: -32601, message: 'mcp-inspect mock: the recording holds no prompts/list request (method not found in connection c1)' } });
    expect(answer(request(2, 'tools/call', { name: 'add', arguments: { a: 1, b: 1 } }))).toMatchObject({
      error: { code: -32602, message: 'mcp-inspect mock: the recording holds no answer to tools/call "add" with these arguments' },
    });
    expect(answer(request(3, 'resources/read', { uri: 'demo://other' }))).toMatchObject({ error: { code: -32602, message: 'mcp-inspect mock: the recording holds no answer to resources/read "demo://other" with these params' } });
    expect(answer(request(4, 'prompts/get', { name: 'slow' }))).toMatchObject({ error: { code: -32603, message: 'mcp-inspect mock: the recording holds prompts/get "slow" with these params, but it was never answered' } });
  });

  it('sends nothing for notifications and for responses', () => {
    const answer = answerer();
    expect(answer({ jsonrpc: '2.0', method: 'notifications/cancelled', params: { requestId: 1 } })).toBeUndefined();
    expect(answer({ jsonrpc: '2.0', id: 1, result: {} })).toBeUndefined();
  });
});

describe('pickMockedConnection', () => {
  const connection = (id: string, events: RecordedEvent[]): SessionConnection => ({ id, summary: undefined, events, findings: [], removed: false });

  it('picks the connection replay would (the first that sent requests), or the one named', () => {
    const idle = connection('c1', [connecting()]);
    const busy = connection('c2', recordedEvents());
    expect(pickMockedConnection([idle, busy]).connectionId).toBe('c2');
    expect(pickMockedConnection([idle, busy], 'c2').initializeResult).toEqual(INITIALIZE_RESULT);
    expect(() => pickMockedConnection([idle, busy], 'c9')).toThrow(/no connection "c9" \(it has: c1, c2\)/);
  });

  it('refuses a connection with no handshake to answer initialize with', () => {
    const noHandshake = connection('c1', [message('outgoing', { id: 1, method: 'tools/list' }), message('incoming', { id: 1, result: { tools: [] } })]);
    expect(() => pickMockedConnection([noHandshake])).toThrow(MockSourceError);
    expect(() => pickMockedConnection([noHandshake])).toThrow('Connection c1 of the session holds no handshake');
  });
});
