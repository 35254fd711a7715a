import { describe, expect, it } from 'vitest';
import type { RecordedEvent } from '../recordedEvent';
import { requestMatchKey } from '../requestPairing';
import { pickReplayedConnection, replayPlan } from './replayPlan';

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
const transport = (type: 'connecting'): RecordedEvent => ({ kind: 'transport', event: { type, transport: 'stdio' }, seq: ++seq, time: seq, connectionId: 'c1' });

describe('replayPlan', () => {
  it('lists the client requests in order with their answers, leaving the handshake to the SDK client', () => {
    const events = [
      transport('connecting'),
      message('outgoing', { id: 0, method: 'initialize', params: { protocolVersion: '2025-11-25', capabilities: { sampling: {} }, clientInfo: {} } }),
      message('incoming', { id: 0, result: { protocolVersion: '2025-11-25', capabilities: {}, serverInfo: {} } }),
      message('outgoing', { method: 'notifications/initialized' }),
      message('outgoing', { id: 1, method: 'tools/list', params: { _meta: { progressToken: 1 } } }),
      message('outgoing', { id: 2, method: 'tools/call', params: { name: 'echo', arguments: { message: 'hi' }, _meta: { progressToken: 2 } } }),
      message('incoming', { id: 3, method: 'sampling/createMessage', params: { messages: [], maxTokens: 5, _meta: { x: 1 } } }),
      message('outgoing', { id: 3, result: { role: 'assistant', content: { type: 'text', text: 'ok' }, model: 'm' } }),
      message('incoming', { id: 2, error: { code: -32602, message: 'bad' } }),
      message('incoming', { id: 1, result: { tools: [] } }),
      message('outgoing', { id: 4, method: 'ping' }),
    ];
    const plan = replayPlan(events);
    expect(plan.clientCapabilities).toEqual({ sampling: {} });
    expect(plan.initializeResult).toEqual({ protocolVersion: '2025-11-25', capabilities: {}, serverInfo: {} });
    expect(plan.exchanges).toEqual([
      { seq: 5, method: 'tools/list', params: {}, recorded: { kind: 'result', result: { tools: [] } } },
      { seq: 6, method: 'tools/call', params: { name: 'echo', arguments: { message: 'hi' } }, recorded: { kind: 'error', error: { code: -32602, message: 'bad' } } },
      { seq: 11, method: 'ping', params: undefined, recorded: { kind: 'none' } },
    ]);
    expect(plan.serverAnswers.get(requestMatchKey('sampling/createMessage', { maxTokens: 5, messages: [] }))).toEqual({
      result: { role: 'assistant', content: { type: 'text', text: 'ok' }, model: 'm' },
    });
  });

  it('knows which answers a fault injected: the injected error is never taken for the server\'s answer', () => {
    const injected = message('outgoing', { id: 1, method: 'tools/call', params: { name: 'echo' } });
    const fault: RecordedEvent = {
      kind: 'fault',
      fault: { rule: 'error -32603 on tools/call', action: 'error', direction: 'outgoing', targetSeq: injected.seq, messageId: 1, method: 'tools/call', detail: "answered with error -32603 in the server's place", injected: { jsonrpc: '2.0', id: 1, error: { code: -32603, message: 'x' } } },
      seq: ++seq,
      time: seq,
      connectionId: 'c1',
    };
    const delayed = message('outgoing', { id: 2, method: 'tools/call', params: { name: 'add' } });
    const delay: RecordedEvent = { ...fault, seq: ++seq, fault: { rule: 'delay 1s', action: 'delay', direction: 'outgoing', targetSeq: delayed.seq, detail: 'held' } };
    const plan = replayPlan([transport('connecting'), injected, fault, delayed, delay, message('incoming', { id: 2, result: { content: [] } })]);
    expect(plan.exchanges.map(({ recorded, injectedBy }) => [recorded.kind, injectedBy])).toEqual([
      ['none', `fault "error -32603 on tools/call": answered with error -32603 in the server's place`],
      ['result', undefined],
    ]);
  });

  it('does not pair an answer of one attempt with a request of the next (ids restart)', () => {
    const plan = replayPlan([message('outgoing', { id: 1, method: 'tools/list' }), transport('connecting'), message('incoming', { id: 1, result: { tools: [] } })]);
    expect(plan.exchanges[0]!.recorded).toEqual({ kind: 'none' });
  });

  it('picks the connection to replay: the one named, else the first with requests', () => {
    const quiet = { id: 'c1', summary: undefined, events: [message('outgoing', { id: 0, method: 'initialize', params: {} })], findings: [], removed: false };
    const busy = { ...quiet, id: 'c2', events: [message('outgoing', { id: 1, method: 'ping' })] };
    expect(pickReplayedConnection([quiet, busy]).id).toBe('c2');
    expect(pickReplayedConnection([quiet, busy], 'c1').id).toBe('c1');
    expect(() => pickReplayedConnection([quiet, busy], 'c9')).toThrow('The session has no connection "c9" (it has: c1, c2).');
    expect(() => pickReplayedConnection([quiet])).toThrow(/no request of the client to replay/);
  });
});
