import { describe, expect, it } from 'vitest';
import { StreamBuilder, diagnose } from '../testing/streamBuilder';
import { envelopeInvalidRule } from './envelopeInvalid';

function findingsFor(message: unknown, version?: string): string[] {
  const stream = new StreamBuilder();
  stream.handshake({ version });
  stream.clientRequest(1, 'tools/list');
  stream.raw('incoming', message);
  return diagnose(stream.events, [envelopeInvalidRule]).map((finding) => finding.message);
}

describe('envelope-invalid', () => {
  it.each([
    [{ jsonrpc: '1.0', id: 1, result: {} }, 'its jsonrpc is "1.0" instead of "2.0"'],
    [{ id: 1, result: {} }, 'no jsonrpc field'],
    [{ jsonrpc: '2.0', id: null, error: { code: -32700, message: 'Parse error' } }, 'its id is null'],
    [{ jsonrpc: '2.0', id: 1.5, result: {} }, 'its id 1.5 is neither a string nor an integer'],
    [{ jsonrpc: '2.0', id: { n: 1 }, result: {} }, 'is neither a string nor an integer'],
    [{ jsonrpc: '2.0', id: 1, result: {}, error: { code: 1, message: 'x' } }, 'both a result and an error'],
    [{ jsonrpc: '2.0', id: 1, error: { code: '500', message: 'x' } }, 'error.code "500" is not an integer'],
    [{ jsonrpc: '2.0', id: 1, error: { code: -32000 } }, 'its error has no message'],
    [{ jsonrpc: '2.0', id: 1, result: 'ok' }, 'its result "ok" is not an object'],
    [{ jsonrpc: '2.0', id: 1 }, 'no method, result or error'],
    [{ jsonrpc: '2.0', method: 'notifications/message', params: [1] }, 'params [1] is not an object'],
    [42, 'it is 42, not a JSON-RPC object'],
  ])('reports %j', (message, expected) => {
    const messages = findingsFor(message);
    expect(messages).toHaveLength(1);
    expect(messages[0]).toContain(expected);
  });

  it('reports a null id on an error (the JSON-RPC 2.0 habit) only as a warning', () => {
    const stream = new StreamBuilder();
    stream.handshake();
    stream.raw('incoming', { jsonrpc: '2.0', id: null, error: { code: -32700, message: 'Parse error' } });
    stream.raw('incoming', { jsonrpc: '2.0', id: null, method: 'ping' });
    const findings = diagnose(stream.events, [envelopeInvalidRule]);
    expect(findings.map((finding) => finding.severity)).toEqual(['warning', 'error']);
  });

  it('reports a batch on 2025-06-18 and later, and checks each element', () => {
    const messages = findingsFor([{ jsonrpc: '2.0', id: 1, result: { tools: [] } }, { jsonrpc: '2.0', method: 'x', id: null }]);
    expect(messages).toHaveLength(2);
    expect(messages[0]).toContain('batch of 2 messages');
    expect(messages[1]).toContain('element 2 of a batch');
  });

  it('accepts a batch on 2025-03-26, the one revision that allowed them', () => {
    expect(findingsFor([{ jsonrpc: '2.0', id: 1, result: { tools: [] } }], '2025-03-26')).toEqual([]);
  });

  it('accepts valid results, errors without an id, requests and notifications, and ignores the client', () => {
    const stream = new StreamBuilder();
    stream.handshake();
    stream.clientRequest('a', 'tools/list');
    stream.serverResult('a', { tools: [], _meta: { trace: 1 } });
    stream.raw('incoming', { jsonrpc: '2.0', error: { code: -32700, message: 'Parse error', data: 'x' } });
    stream.serverRequest(7, 'ping');
    stream.serverNotification('notifications/message', { level: 'info', data: 'hi' });
    stream.raw('outgoing', { jsonrpc: '1.0', id: 9, method: 'raw composer test' });
    expect(diagnose(stream.events, [envelopeInvalidRule])).toEqual([]);
  });
});
