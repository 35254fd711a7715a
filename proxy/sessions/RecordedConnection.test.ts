import { describe, expect, it } from 'vitest';
import type { ConnectionSummary } from '../../shared/connectionTypes';
import type { RecordedEvent } from '../../shared/recordedEvent';
import { RecordedConnection } from './RecordedConnection';
import { NOT_RECORDED_CODE } from '../inspector/unansweredCode';

const summary: ConnectionSummary = { id: 'c1', label: 'srv', target: { transport: 'stdio', command: 'node', args: [], env: {} }, state: 'exited', stderrTail: [], attempt: 2 };
let seq = 0;
const message = (direction: 'outgoing' | 'incoming', body: Record<string, unknown>, time = seq * 10): RecordedEvent => ({
  kind: 'message',
  direction,
  message: { jsonrpc: '2.0', ...body },
  size: 1,
  seq: ++seq,
  time,
  connectionId: 'c1',
});
const connecting = (): RecordedEvent => ({ kind: 'transport', event: { type: 'connecting', transport: 'stdio' }, seq: ++seq, time: seq * 10, connectionId: 'c1' });

describe('RecordedConnection', () => {
  const events = [
    message('outgoing', { id: 1, method: 'tools/call', params: { name: 'add', arguments: { a: 1, b: 2 }, _meta: { progressToken: 7 } } }, 100),
    message('incoming', { id: 1, result: { content: [{ type: 'text', text: '3' }] } }, 130),
    message('outgoing', { id: 2, method: 'resources/read', params: { uri: 'file:///gone' } }),
    message('incoming', { id: 2, error: { code: -32002, message: 'Resource not found' } }),
    message('outgoing', { id: 3, method: 'tools/list' }),
    // A new attempt reuses ids: an answer to id 3 here belongs to nothing asked in this attempt.
    connecting(),
    message('incoming', { id: 3, result: { tools: [] } }),
  ];
  const connection = new RecordedConnection('c1', summary, events);

  it('is listed as recorded, keeping what was recorded about how it ended', () => {
    expect(connection.summary()).toEqual({ ...summary, state: 'recorded' });
  });

  it('answers a recorded request whatever the key order and _meta, with the recorded latency', async () => {
    await expect(connection.request('tools/call', { arguments: { b: 2, a: 1 }, name: 'add' })).resolves.toEqual({
      ok: true,
      result: { content: [{ type: 'text', text: '3' }] },
      durationMs: 30,
    });
  });

  it('answers with the recorded error when the server answered with one', async () => {
    await expect(connection.request('resources/read', { uri: 'file:///gone' })).resolves.toMatchObject({ ok: false, error: { code: -32002, message: 'Resource not found' } });
  });

  it('says "not in the recording" for anything else, and refuses to reconnect', async () => {
    for (const [method, params] of [['tools/call', { name: 'add', arguments: { a: 1, b: 3 } }], ['tools/list', undefined], ['prompts/list', {}]] as const) {
      await expect(connection.request(method, params)).resolves.toMatchObject({ ok: false, error: { code: NOT_RECORDED_CODE, message: expect.stringContaining(`Not in the recording`) } });
    }
    await expect(connection.reconnect()).rejects.toThrow(/cannot be reconnected/);
    await expect(connection.disconnect()).resolves.toMatchObject({ state: 'recorded' });
  });
});
