import { describe, expect, it, vi } from 'vitest';
import type { ConnectionSummary } from '../../../shared/connectionTypes';
import { ConnectionsStore } from './connectionsStore';

const make = (id: string, state: ConnectionSummary['state'] = 'connecting'): ConnectionSummary => ({
  id,
  label: id,
  target: { transport: 'stdio', command: 'node', args: [], env: {} },
  state,
  stderrTail: [],
  attempt: 1,
});

describe('ConnectionsStore', () => {
  it('keeps first-seen order, updates in place, removes, and notifies', () => {
    const store = new ConnectionsStore((notify) => {
      notify();
      return () => {};
    });
    const listener = vi.fn();
    store.subscribe(listener);
    store.reset({ inspectorVersion: '1', isDemo: true }, [make('a')]);
    store.upsert(make('b'));
    store.upsert(make('a', 'connected'));
    expect(store.getSnapshot().list.map((c) => [c.id, c.state])).toEqual([
      ['a', 'connected'],
      ['b', 'connecting'],
    ]);
    store.remove('a');
    store.remove('missing');
    expect(store.getSnapshot().list.map((c) => c.id)).toEqual(['b']);
    expect(listener).toHaveBeenCalledTimes(4);
    expect(store.getSnapshot().ready).toBe(true);
  });

  it('applies changes at once but notifies once per frame', () => {
    const frames: (() => void)[] = [];
    const store = new ConnectionsStore((notify) => {
      frames.push(notify);
      return () => {};
    });
    const listener = vi.fn();
    store.subscribe(listener);
    store.upsert(make('a'));
    store.upsert(make('a', 'connected'));
    expect(store.getSnapshot().list[0]?.state).toBe('connected');
    expect(frames).toHaveLength(1);
    frames[0]!();
    expect(listener).toHaveBeenCalledTimes(1);
  });
});
