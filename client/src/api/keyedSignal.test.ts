import { describe, expect, it } from 'vitest';
import { KeyedSignal, Signal, type FlushScheduler } from './keyedSignal';
import { KeyedStore } from './keyedStore';

function manualScheduler(): { schedule: FlushScheduler; flush: () => void; pending: () => number } {
  let queued: (() => void)[] = [];
  return {
    schedule: (flush) => {
      queued.push(flush);
      return () => (queued = queued.filter((f) => f !== flush));
    },
    flush: () => {
      const run = queued;
      queued = [];
      for (const f of run) f();
    },
    pending: () => queued.length,
  };
}

describe('KeyedSignal', () => {
  it('tells only the listeners of the notified key, and none after they unsubscribe', () => {
    const signal = new KeyedSignal<string>();
    const told: string[] = [];
    const offA = signal.subscribe('a', () => told.push('a'));
    signal.subscribe('b', () => told.push('b'));
    signal.notify('a');
    expect(told).toEqual(['a']);
    offA();
    signal.notify('a');
    signal.notify('b');
    expect(told).toEqual(['a', 'b']);
  });

  it('with a scheduler, tells each changed key once per flush', () => {
    const { schedule, flush, pending } = manualScheduler();
    const signal = new KeyedSignal<string>(schedule);
    const told: string[] = [];
    signal.subscribe('a', () => told.push('a'));
    signal.subscribe('b', () => told.push('b'));
    signal.notify('a');
    signal.notify('b');
    signal.notify('a');
    expect(told).toEqual([]);
    expect(pending()).toBe(1);
    flush();
    expect(told).toEqual(['a', 'b']);
    signal.notify('b');
    flush();
    expect(told).toEqual(['a', 'b', 'b']);
  });

  it('works with a scheduler that flushes synchronously', () => {
    const signal = new KeyedSignal<string>((flush) => {
      flush();
      return () => {};
    });
    let told = 0;
    signal.subscribe('a', () => told++);
    signal.notify('a');
    signal.notify('a');
    expect(told).toBe(2);
  });

  it('lets a listener unsubscribe another while being told', () => {
    const signal = new KeyedSignal<string>();
    const told: string[] = [];
    let offSecond = () => {};
    signal.subscribe('a', () => {
      told.push('first');
      offSecond();
    });
    offSecond = signal.subscribe('a', () => told.push('second'));
    signal.notify('a');
    signal.notify('a');
    expect(told).toEqual(['first', 'second', 'first']);
  });
});

describe('Signal', () => {
  it('tells every listener, batched when scheduled', () => {
    const { schedule, flush } = manualScheduler();
    const signal = new Signal(schedule);
    let told = 0;
    const off = signal.subscribe(() => told++);
    signal.notify();
    signal.notify();
    flush();
    expect(told).toBe(1);
    off();
    signal.notify();
    flush();
    expect(told).toBe(1);
  });
});

describe('KeyedStore', () => {
  it('returns the fallback for unset keys and a stable value until the key changes', () => {
    const fallback: readonly number[] = [];
    const store = new KeyedStore<string, readonly number[]>(fallback);
    expect(store.getSnapshot('a')).toBe(fallback);
    store.set('a', [1]);
    const first = store.getSnapshot('a');
    expect(store.getSnapshot('a')).toBe(first);
    store.update('a', (previous) => [...previous, 2]);
    expect(store.getSnapshot('a')).toEqual([1, 2]);
    expect(store.getSnapshot('b')).toBe(fallback);
  });

  it('tells the key on set, update and delete, but not on a quiet delete', () => {
    const store = new KeyedStore<string, number | undefined>(undefined);
    const told: (number | undefined)[] = [];
    store.subscribe('a', () => told.push(store.getSnapshot('a')));
    store.set('a', 1);
    store.update('a', (n) => (n ?? 0) + 1);
    store.set('b', 5);
    store.delete('a');
    store.set('a', 3);
    store.delete('a', { quietly: true });
    expect(told).toEqual([1, 2, undefined, 3]);
    expect(store.getSnapshot('a')).toBeUndefined();
    expect(store.keys()).toEqual(['b']);
  });
});
