import { describe, expect, it } from 'vitest';
import { toLogEntry } from '../../api/logEntry';
import { rawTextFor, resendableRequest } from './resendRequest';

const entry = (direction: 'outgoing' | 'incoming', message: Record<string, unknown>) =>
  toLogEntry({ seq: 1, time: 0, connectionId: 'c1', kind: 'message', direction, message: { jsonrpc: '2.0', ...message }, size: 1 });

describe('resendableRequest', () => {
  it('keeps method and params, dropping only the progress token the SDK added', () => {
    const call = entry('outgoing', { id: 4, method: 'tools/call', params: { name: 'echo', arguments: { message: 'hi' }, _meta: { progressToken: 4, trace: 'x' } } });
    expect(resendableRequest(call)).toEqual({ method: 'tools/call', params: { name: 'echo', arguments: { message: 'hi' }, _meta: { trace: 'x' } } });
    const ping = entry('outgoing', { id: 5, method: 'ping', params: { _meta: { progressToken: 5 } } });
    expect(resendableRequest(ping)).toEqual({ method: 'ping', params: {} });
    expect(resendableRequest(entry('outgoing', { id: 6, method: 'tools/list' }))).toEqual({ method: 'tools/list' });
  });

  it('offers nothing for server requests, notifications and answers', () => {
    expect(resendableRequest(entry('incoming', { id: 1, method: 'roots/list' }))).toBeUndefined();
    expect(resendableRequest(entry('outgoing', { method: 'notifications/initialized' }))).toBeUndefined();
    expect(resendableRequest(entry('outgoing', { id: 1, result: {} }))).toBeUndefined();
    expect(resendableRequest(undefined)).toBeUndefined();
  });
});

describe('rawTextFor', () => {
  it('is the request as one line of JSON-RPC text with the new id', () => {
    const text = rawTextFor({ method: 'tools/call', params: { name: 'echo', arguments: { message: 'a\nb' } } }, 'raw-edit-9');
    expect(text).not.toContain('\n');
    expect(JSON.parse(text)).toEqual({ jsonrpc: '2.0', id: 'raw-edit-9', method: 'tools/call', params: { name: 'echo', arguments: { message: 'a\nb' } } });
    expect(JSON.parse(rawTextFor({ method: 'ping' }, 'r'))).toEqual({ jsonrpc: '2.0', id: 'r', method: 'ping' });
  });
});
