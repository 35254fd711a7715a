import { describe, expect, it } from 'vitest';
import { toLogEntry } from '../../api/logEntry';
import type { RecordedEvent } from '../../../../shared/recordedEvent';
import { describeTransportEvent, formatLatency, formatRelativeTime, formatSize, summarize } from './logRowText';

const msg = (message: unknown, direction: 'outgoing' | 'incoming' = 'incoming'): RecordedEvent => ({
  seq: 1,
  time: 0,
  connectionId: 'c',
  kind: 'message',
  direction,
  message,
  size: 10,
});

describe('log row text', () => {
  it('formats times, sizes and latencies', () => {
    expect(formatRelativeTime(2234, 1000)).toBe('+1.234s');
    expect(formatRelativeTime(5, 10)).toBe('+0.000s');
    expect([formatSize(52), formatSize(1234), formatSize(3_400_000), formatSize(undefined)]).toEqual(['52 B', '1.2 KiB', '3.2 MiB', '']);
    expect([formatLatency(12.4), formatLatency(1500), formatLatency(undefined)]).toEqual(['12 ms', '1.50 s', '']);
  });

  it('describes transport events', () => {
    expect(describeTransportEvent({ type: 'spawned', pid: 1234, command: 'node' })).toBe('spawned pid 1234 (node)');
    expect(describeTransportEvent({ type: 'exited', code: 1, signal: null })).toBe('exited code 1');
    expect(describeTransportEvent({ type: 'exited', code: null, signal: 'SIGKILL' })).toBe('exited signal SIGKILL');
    expect(describeTransportEvent({ type: 'http', method: 'POST', url: 'http://127.0.0.1:3001/mcp', status: 200, durationMs: 12.3 })).toBe('POST /mcp 200 12ms');
  });

  it('summarises requests, responses, errors and notifications', () => {
    const s = (m: unknown, d?: 'outgoing' | 'incoming') => summarize(toLogEntry(msg(m, d)));
    expect(s({ jsonrpc: '2.0', id: 1, method: 'tools/call', params: { name: 'echo', arguments: { message: 'hi' } } }, 'outgoing')).toBe('echo {message: "hi"}');
    expect(s({ jsonrpc: '2.0', id: 1, result: { tools: [{ name: 'a' }, { name: 'b' }] } })).toBe('2 tools: a, b');
    expect(s({ jsonrpc: '2.0', id: 1, result: { content: [{ type: 'text', text: 'Echo: hi' }, { type: 'image' }] } })).toBe('Echo: hi [image]');
    expect(s({ jsonrpc: '2.0', id: 1, error: { code: -32601, message: 'Method not found' } })).toBe('-32601 Method not found');
    expect(s({ jsonrpc: '2.0', method: 'notifications/message', params: { level: 'info', logger: 'x', data: 'hello' } })).toBe('[info] x: "hello"');
    expect(s({ jsonrpc: '2.0', method: 'resources/read', id: 2, params: { uri: 'test://a' } })).toBe('test://a');
    expect(s({ jsonrpc: '2.0', method: 'resources/read', id: 3, params: { uri: 'test://a', _meta: { progressToken: 7 } } })).toBe('test://a');
    expect(s({ jsonrpc: '2.0', method: 'tools/list', id: 4, params: { _meta: { progressToken: 8 } } })).toBe('');
  });

  it('says a message is too deep to display, with its depth', () => {
    const standIn = { jsonrpc: '2.0', method: 'notifications/message', params: {} };
    const event = { ...msg(standIn), tooDeep: { levels: 100_002, raw: '{…}' } } as RecordedEvent;
    expect(summarize(toLogEntry(event))).toBe('too deep to display (100,002 levels)');
  });

  it('never throws on odd messages', () => {
    for (const odd of [null, 42, 'text', [1, 2], { id: 1, result: null }, { id: 1, error: 'x' }, { method: 'x', params: [1] }]) {
      expect(typeof summarize(toLogEntry(msg(odd)))).toBe('string');
    }
  });
});
