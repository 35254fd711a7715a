// @vitest-environment happy-dom
import { act, renderHook } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { KeyedStore } from './keyedStore';
import { Signal } from './keyedSignal';
import { useKeyedSnapshot, useSnapshot } from './useStoreSnapshot';

function doubled(store: KeyedStore<string, number>, key: string): number {
  return store.getSnapshot(key) * 2;
}

describe('useKeyedSnapshot', () => {
  it("re-renders with its key's value, ignores other keys, and follows a new key", () => {
    const store = new KeyedStore<string, number>(0);
    let renders = 0;
    const { result, rerender } = renderHook(({ key }) => (renders++, useKeyedSnapshot(store, key)), { initialProps: { key: 'a' } });
    expect(result.current).toBe(0);
    act(() => store.set('a', 1));
    expect(result.current).toBe(1);
    const before = renders;
    act(() => store.set('b', 5));
    expect(renders).toBe(before);
    rerender({ key: 'b' });
    expect(result.current).toBe(5);
    act(() => store.set('a', 9));
    expect(result.current).toBe(5);
  });

  it('derives the value with a read function', () => {
    const store = new KeyedStore<string, number>(0);
    const { result } = renderHook(() => useKeyedSnapshot(store, 'a', doubled));
    act(() => store.set('a', 4));
    expect(result.current).toBe(8);
  });
});

describe('useSnapshot', () => {
  it('re-renders when a single-value store changes', () => {
    const signal = new Signal();
    let value = 'first';
    const source = { subscribe: signal.subscribe, getSnapshot: () => value };
    const { result } = renderHook(() => useSnapshot(source));
    expect(result.current).toBe('first');
    act(() => {
      value = 'second';
      signal.notify();
    });
    expect(result.current).toBe('second');
  });
});
