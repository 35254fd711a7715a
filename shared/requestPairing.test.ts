import { describe, expect, it } from 'vitest';
import { DEFAULT_IGNORE_RULES } from './replay/ignoreRules';
import { cancelledRequestId, RequestPairing, requestMatchKey, startsConnectionAttempt } from './requestPairing';

describe('RequestPairing', () => {
  it('pairs a response with the request sent the other way, once', () => {
    const pairing = new RequestPairing<string>();
    pairing.opened('outgoing', 1, 'tools/list');
    expect(pairing.answered('outgoing', 1, 10)).toEqual({ status: 'unknown' });
    expect(pairing.answered('incoming', 1, 11)).toEqual({ status: 'answers', request: 'tools/list' });
    expect(pairing.answered('incoming', 1, 12)).toEqual({ status: 'duplicate', request: 'tools/list', firstResponseSeq: 11 });
  });

  it('keeps the two directions and the id types apart', () => {
    const pairing = new RequestPairing<string>();
    pairing.opened('outgoing', 1, 'client 1');
    pairing.opened('incoming', 1, 'server 1');
    pairing.opened('outgoing', '1', 'client "1"');
    expect(pairing.answered('outgoing', 1, 5)).toEqual({ status: 'answers', request: 'server 1' });
    expect(pairing.answered('incoming', '1', 6)).toEqual({ status: 'answers', request: 'client "1"' });
    expect(pairing.openRequests('outgoing')).toEqual(['client 1']);
  });

  it('calls an answer to a cancelled or abandoned request late, not unknown', () => {
    const pairing = new RequestPairing<string>();
    pairing.opened('outgoing', 1, 'a');
    pairing.opened('outgoing', 2, 'b');
    expect(pairing.cancelled('outgoing', 1)).toBe('a');
    pairing.abandonAll();
    expect(pairing.answered('incoming', 1, 3)).toEqual({ status: 'late', request: 'a' });
    expect(pairing.answered('incoming', 2, 4)).toEqual({ status: 'late', request: 'b' });
  });

  it('forgets everything on a new connection attempt', () => {
    const pairing = new RequestPairing<string>();
    pairing.opened('outgoing', 0, 'initialize');
    pairing.clear();
    expect(pairing.answered('incoming', 0, 1)).toEqual({ status: 'unknown' });
  });

  it('remembers a settled request in its settled form: what a late or duplicate answer is told', () => {
    const pairing = new RequestPairing<{ method: string; params: string }, string>({}, (request) => request.method);
    pairing.opened('outgoing', 1, { method: 'tools/call', params: 'a large argument' });
    pairing.opened('outgoing', 2, { method: 'ping', params: '' });
    expect(pairing.answered('incoming', 1, 3)).toEqual({ status: 'answers', request: { method: 'tools/call', params: 'a large argument' } });
    expect(pairing.answered('incoming', 1, 4)).toEqual({ status: 'duplicate', request: 'tools/call', firstResponseSeq: 3 });
    pairing.cancelled('outgoing', 2);
    expect(pairing.answered('incoming', 2, 5)).toEqual({ status: 'late', request: 'ping' });
  });

  it('bounds the requests it holds open', () => {
    const pairing = new RequestPairing<number>({ maxOpen: 2, settledWindow: 1 });
    for (const id of [1, 2, 3]) pairing.opened('outgoing', id, id);
    expect(pairing.openRequests('outgoing')).toEqual([2, 3]);
    expect(pairing.answered('incoming', 1, 9)).toEqual({ status: 'late', request: 1 });
  });
});

describe('pairing helpers', () => {
  it('starts an attempt at connecting and at spawned (older sessions)', () => {
    const stamp = { seq: 1, time: 0, connectionId: 'c' };
    expect(startsConnectionAttempt({ ...stamp, kind: 'transport', event: { type: 'connecting', transport: 'stdio' } })).toBe(true);
    expect(startsConnectionAttempt({ ...stamp, kind: 'transport', event: { type: 'spawned', pid: 1, command: 'x' } })).toBe(true);
    expect(startsConnectionAttempt({ ...stamp, kind: 'transport', event: { type: 'closed', reason: 'x' } })).toBe(false);
  });

  it('reads the id a cancellation names', () => {
    expect(cancelledRequestId({ jsonrpc: '2.0', method: 'notifications/cancelled', params: { requestId: 7 } })).toBe(7);
    expect(cancelledRequestId({ jsonrpc: '2.0', method: 'notifications/progress', params: { requestId: 7 } })).toBeUndefined();
    expect(cancelledRequestId({ jsonrpc: '2.0', method: 'notifications/cancelled', params: { requestId: null } })).toBeUndefined();
  });

  it('matches requests by method and params, _meta and key order aside', () => {
    expect(requestMatchKey('tools/call', { name: 'echo', arguments: { a: 1, b: 2 }, _meta: { progressToken: 3 } })).toBe(
      requestMatchKey('tools/call', { arguments: { b: 2, a: 1 }, name: 'echo' }),
    );
    expect(requestMatchKey('tools/call', { name: 'echo' })).not.toBe(requestMatchKey('tools/call', { name: 'add' }));
  });

  it('with volatile rules, sets aside what replay ignores (dates in strings, generated ids, timestamps) and nothing else', () => {
    const loose = (params: Record<string, unknown>) => requestMatchKey('tools/call', params, DEFAULT_IGNORE_RULES);
    expect(loose({ name: 'log', arguments: { note: 'at 2026-01-01T10:00:00Z', requestId: 'a', timestamp: 1 } })).toBe(
      loose({ name: 'log', arguments: { note: 'at 2027-05-05T11:11:11Z', requestId: 'b', timestamp: 2 } }),
    );
    expect(loose({ name: 'log', arguments: { note: 'a' } })).not.toBe(loose({ name: 'log', arguments: { note: 'b' } }));
    expect(requestMatchKey('tools/call', { name: 'log', arguments: { timestamp: 1 } })).not.toBe(requestMatchKey('tools/call', { name: 'log', arguments: { timestamp: 2 } }));
  });
});
