import { useCallback, useSyncExternalStore } from 'react';
import type { Listener } from './keyedSignal';

/** A store read per key: `getSnapshot` returns the same value until the key's listeners are told. */
export interface KeyedSource<K, V> {
  subscribe(key: K, listener: Listener): () => void;
  getSnapshot(key: K): V;
}

/** A store holding one value. */
export interface Source<V> {
  subscribe(listener: Listener): () => void;
  getSnapshot(): V;
}

/**
 * One key's value of a keyed store, re-rendering when that key changes. `read` derives the value from
 * the store (it must return the same value until the key changes, and be stable: a module function).
 */
export function useKeyedSnapshot<K, V, S extends KeyedSource<K, unknown> = KeyedSource<K, V>>(
  source: S,
  key: K,
  read: (source: S, key: K) => V = readSnapshot as (source: S, key: K) => V,
): V {
  const subscribe = useCallback((listener: Listener) => source.subscribe(key, listener), [source, key]);
  const getSnapshot = useCallback(() => read(source, key), [read, source, key]);
  return useSyncExternalStore(subscribe, getSnapshot);
}

function readSnapshot<K>(source: KeyedSource<K, unknown>, key: K): unknown {
  return source.getSnapshot(key);
}

/** The value of a single-value store, re-rendering when it changes. */
export function useSnapshot<V>(source: Source<V>): V {
  const subscribe = useCallback((listener: Listener) => source.subscribe(listener), [source]);
  const getSnapshot = useCallback(() => source.getSnapshot(), [source]);
  return useSyncExternalStore(subscribe, getSnapshot);
}
