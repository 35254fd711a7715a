import { describe, expect, it } from 'vitest';
import { readEnvelope } from '../jsonrpc';
import { RequestTracker } from './requestTracker';

function send(tracker: RequestTracker, sender: 'client' | 'server', message: Record<string, unknown>, seq: number) {
  const raw = { jsonrpc: '2.0', ...message };
  return tracker.observe(sender, raw, readEnvelope(raw), seq);
}

describe('RequestTracker', () => {
  it('forgets answered requests beyond a bounded window', () => {
    const tracker = new RequestTracker();
    for (let id = 1; id <= 3000; id += 1) {
      send(tracker, 'client', { id, method: 'ping' }, id * 2);
      expect(send(tracker, 'server', { id, result: {} }, id * 2 + 1)?.status).toBe('answers');
    }
    expect(tracker.pendingRequests()).toEqual([]);
    expect(send(tracker, 'server', { id: 3000, result: {} }, 9000)?.status).toBe('duplicate');
    expect(send(tracker, 'server', { id: 1, result: {} }, 9001)?.status).toBe('unknown');
  });

  it('keeps requests in flight from both sides, oldest first, until the transport ends', () => {
    const tracker = new RequestTracker();
    send(tracker, 'client', { id: 1, method: 'tools/call', params: { name: 'a' } }, 1);
    send(tracker, 'server', { id: 1, method: 'roots/list' }, 2);
    expect(tracker.pendingRequests().map((request) => [request.sender, request.method])).toEqual([['client', 'tools/call'], ['server', 'roots/list']]);
    tracker.abandonAll();
    expect(tracker.pendingRequests()).toEqual([]);
    expect(send(tracker, 'server', { id: 1, result: {} }, 3)?.status).toBe('late');
  });
});
