import { describe, expect, it } from 'vitest';
import { stampEvent, type UnstampedEvent } from './recordedEvent';

describe('stampEvent', () => {
  it('keeps the event\'s fields in order and puts the stamp last, for every kind', () => {
    const message: UnstampedEvent = { kind: 'message', direction: 'outgoing', message: { jsonrpc: '2.0', id: 1, method: 'ping' }, size: 40, via: 'app' };
    expect(Object.entries(stampEvent(message, 7, 1000, 'c1'))).toEqual([
      ['kind', 'message'],
      ['direction', 'outgoing'],
      ['message', { jsonrpc: '2.0', id: 1, method: 'ping' }],
      ['size', 40],
      ['via', 'app'],
      ['seq', 7],
      ['time', 1000],
      ['connectionId', 'c1'],
    ]);
    expect(Object.keys(stampEvent({ kind: 'stderr', text: 'x' }, 1, 1, 'c1'))).toEqual(['kind', 'text', 'seq', 'time', 'connectionId']);
    const transport: UnstampedEvent = { kind: 'transport', event: { type: 'http', method: 'POST', url: 'http://127.0.0.1:1/mcp', status: 200, durationMs: 2 } };
    expect(stampEvent(transport, 2, 3, 'c2')).toEqual({ ...transport, seq: 2, time: 3, connectionId: 'c2' });
  });

  it('leaves an own __proto__ key behind (JSON.parse makes one) instead of taking it for the prototype', () => {
    const parsed = JSON.parse('{"kind":"transport","event":{"type":"connecting","transport":"stdio"},"__proto__":{"polluted":true}}') as UnstampedEvent;
    const stamped = stampEvent(parsed, 1, 1, 'c1');
    expect(Object.getPrototypeOf(stamped)).toBe(Object.prototype);
    expect(Object.keys(stamped)).toEqual(['kind', 'event', 'seq', 'time', 'connectionId']);
    expect((stamped as unknown as { polluted?: boolean }).polluted).toBeUndefined();
  });
});
