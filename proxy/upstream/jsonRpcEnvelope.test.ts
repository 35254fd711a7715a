import { JSONRPCMessageSchema } from '@modelcontextprotocol/core';
import { describe, expect, it } from 'vitest';
import { handCheckedMessage, incomingMessage } from './jsonRpcEnvelope';

const common = [
  { jsonrpc: '2.0', id: 1, method: 'sampling/createMessage', params: { messages: [], maxTokens: 5 } },
  { jsonrpc: '2.0', id: 'a', method: 'roots/list' },
  { jsonrpc: '2.0', method: 'notifications/message', params: { level: 'info', data: { nested: [1, 2] } } },
  { jsonrpc: '2.0', method: 'notifications/tools/list_changed' },
  { jsonrpc: '2.0', id: 7, result: { content: [{ type: 'text', text: 'hi' }], extra: true } },
  { jsonrpc: '2.0', id: 'x', result: {} },
];

const unusual: unknown[] = [
  null,
  'text',
  [],
  [{ jsonrpc: '2.0', id: 1, result: {} }],
  {},
  { jsonrpc: '1.0', id: 1, result: {} },
  { jsonrpc: '2.0', id: 1, result: {}, extra: 1 },
  { jsonrpc: '2.0', id: 1, result: [] },
  { jsonrpc: '2.0', id: 1, result: null },
  { jsonrpc: '2.0', id: 1.5, result: {} },
  { jsonrpc: '2.0', id: 2 ** 53, result: {} },
  { jsonrpc: '2.0', id: null, result: {} },
  { jsonrpc: '2.0', id: true, method: 'ping' },
  { jsonrpc: '2.0', id: 1, method: 'ping', params: [] },
  { jsonrpc: '2.0', id: 1, method: 'ping', params: null },
  { jsonrpc: '2.0', id: 1, method: 'ping', result: {} },
  { jsonrpc: '2.0', id: 1, method: 7 },
  { jsonrpc: '2.0', method: 'ping', extra: 1 },
  { jsonrpc: '2.0', id: 1, method: 'ping', params: { _meta: { progressToken: 'p' } } },
  { jsonrpc: '2.0', id: 1, method: 'ping', params: { _meta: { progressToken: 1.5 } } },
  { jsonrpc: '2.0', method: 'notifications/progress', params: { _meta: { other: 1 } } },
  { jsonrpc: '2.0', id: 1, result: { _meta: { 'io.modelcontextprotocol/serverInfo': 'not an implementation' } } },
  { jsonrpc: '2.0', id: 1, result: { _meta: 5 } },
  { jsonrpc: '2.0', id: 1, error: { code: -32601, message: 'no', data: { why: 1 }, stray: 1 } },
  { jsonrpc: '2.0', error: { code: -32700, message: 'parse' } },
  { jsonrpc: '2.0', id: 1, error: { code: 1.5, message: 'no' } },
  { jsonrpc: '2.0', id: 1, result: undefined },
  { jsonrpc: '2.0', id: undefined, method: 'notifications/initialized' },
];

function schemaMessage(value: unknown) {
  const parsed = JSONRPCMessageSchema.safeParse(value);
  return parsed.success ? parsed.data : undefined;
}

describe('the envelope of a message from a server', () => {
  it('is checked by hand for the common shapes, with the value the schema gives', () => {
    for (const message of common) {
      const checked = handCheckedMessage(message);
      expect(checked, JSON.stringify(message)).toBeDefined();
      expect(checked).toStrictEqual(schemaMessage(message));
      // Fresh objects like the schema's, so the client never holds the recorded message itself.
      expect(checked).not.toBe(message);
    }
  });

  it('is left to the schema for anything else, and the delivered message is the schema’s in every case', () => {
    for (const value of [...common, ...unusual]) {
      const checked = handCheckedMessage(value);
      if (checked !== undefined) expect(checked, JSON.stringify(value)).toStrictEqual(schemaMessage(value));
      expect(incomingMessage(value), JSON.stringify(value) ?? String(value)).toStrictEqual(schemaMessage(value));
    }
    expect(unusual.filter((value) => handCheckedMessage(value) !== undefined)).toEqual([]);
  });

  it('still refuses what the schema refuses', () => {
    expect(incomingMessage({ jsonrpc: '2.0', id: 1, result: {}, extra: 1 })).toBeUndefined();
    expect(incomingMessage({ jsonrpc: '2.0', id: 1.5, result: {} })).toBeUndefined();
    expect(incomingMessage([{ jsonrpc: '2.0', id: 1, result: {} }])).toBeUndefined();
  });
});
