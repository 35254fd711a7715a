import { describe, expect, it, vi } from 'vitest';
import type { PendingServerRequest } from '../../../shared/serverRequests';
import { ENDED_KEPT, ServerRequestsStore } from './serverRequestsStore';

const request = (id: string, connectionId = 'c1'): PendingServerRequest => ({
  id,
  connectionId,
  method: 'sampling/createMessage',
  params: {},
  receivedAt: 1,
  expiresAt: 2,
});

describe('ServerRequestsStore', () => {
  it('lists pending requests per connection and moves settled ones to the history', () => {
    const store = new ServerRequestsStore();
    const listener = vi.fn();
    store.subscribe('c1', listener);
    store.add(request('r1'));
    store.add(request('r2'));
    store.add(request('r3', 'c2'));
    store.settle({ id: 'r1', connectionId: 'c1', settlement: 'answered' });
    expect(store.getSnapshot('c1').pending.map((i) => i.request.id)).toEqual(['r2']);
    expect(store.getSnapshot('c1').ended).toEqual([{ request: request('r1'), settled: { id: 'r1', connectionId: 'c1', settlement: 'answered' } }]);
    expect(store.getSnapshot('c2').pending).toHaveLength(1);
    expect(listener).toHaveBeenCalledTimes(3);
  });

  it('ignores a duplicate or unknown event', () => {
    const store = new ServerRequestsStore();
    store.add(request('r1'));
    const before = store.getSnapshot('c1');
    store.add(request('r1'));
    store.settle({ id: 'r9', connectionId: 'c1', settlement: 'answered' });
    expect(store.getSnapshot('c1')).toBe(before);
  });

  it('takes the pending list from a snapshot and keeps the history', () => {
    const store = new ServerRequestsStore();
    store.add(request('r1'));
    store.settle({ id: 'r1', connectionId: 'c1', settlement: 'timedOut' });
    store.add(request('r2'));
    store.reset([request('r3')]);
    expect(store.getSnapshot('c1').pending.map((i) => i.request.id)).toEqual(['r3']);
    expect(store.getSnapshot('c1').ended.map((i) => i.request.id)).toEqual(['r1']);
  });

  it('keeps a bounded history', () => {
    const store = new ServerRequestsStore();
    for (let n = 0; n < ENDED_KEPT + 5; n++) {
      store.add(request(`r${n}`));
      store.settle({ id: `r${n}`, connectionId: 'c1', settlement: 'answered' });
    }
    expect(store.getSnapshot('c1').ended).toHaveLength(ENDED_KEPT);
    expect(store.getSnapshot('c1').ended[0]?.request.id).toBe(`r${ENDED_KEPT + 4}`);
  });
});
