import { describe, expect, it, vi } from 'vitest';
import { SnapshotLoadStore } from './snapshotLoadStore';

const immediate = (notify: () => void) => {
  notify();
  return () => {};
};

describe('SnapshotLoadStore', () => {
  it('counts the snapshot events as they arrive and clears once all did', () => {
    const store = new SnapshotLoadStore(immediate);
    const listener = vi.fn();
    store.subscribe(listener);
    store.start(5000, 0);
    expect(store.getSnapshot()).toEqual({ received: 0, total: 5000 });
    store.arrived(2000);
    expect(store.getSnapshot()).toEqual({ received: 2000, total: 5000 });
    store.arrived(3000);
    expect(store.getSnapshot()).toBeUndefined();
    // Live events after the snapshot change nothing.
    store.arrived(10);
    expect(store.getSnapshot()).toBeUndefined();
    expect(listener).toHaveBeenCalledTimes(3);
  });

  it('is complete at once for a snapshot that came whole, and starts over on a re-attach', () => {
    const store = new SnapshotLoadStore(immediate);
    store.start(0, 0);
    expect(store.getSnapshot()).toBeUndefined();
    store.start(100, 40);
    expect(store.getSnapshot()).toEqual({ received: 40, total: 100 });
    store.start(10, 0);
    expect(store.getSnapshot()).toEqual({ received: 0, total: 10 });
  });

  it('tells listeners once per frame at most', () => {
    const frames: (() => void)[] = [];
    const store = new SnapshotLoadStore((flush) => {
      frames.push(flush);
      return () => {};
    });
    const listener = vi.fn();
    store.subscribe(listener);
    store.start(100, 0);
    store.arrived(10);
    store.arrived(10);
    expect(frames).toHaveLength(1);
    frames[0]!();
    expect(listener).toHaveBeenCalledTimes(1);
    expect(store.getSnapshot()).toEqual({ received: 20, total: 100 });
  });
});
