// The rows a person pinned, per connection, for the page's lifetime: the wire pane keeps them on top and
// the Log marks them. Seqs name events of this proxy's stream, so pins are not kept across launches.
import { useCallback, useSyncExternalStore } from 'react';
import { KeyedSignal } from '../../api/keyedSignal';

const EMPTY: ReadonlySet<number> = new Set();
const pinsByConnection = new Map<string, ReadonlySet<number>>();
const listeners = new KeyedSignal<string>();

/** Pins the row of this seq, or unpins it when it was pinned. */
export function togglePin(connectionId: string, seq: number): void {
  const next = new Set(pinsByConnection.get(connectionId) ?? EMPTY);
  if (!next.delete(seq)) next.add(seq);
  pinsByConnection.set(connectionId, next);
  listeners.notify(connectionId);
}

/** The pinned seqs of a connection; a new set after every change. */
export function usePinnedSeqs(connectionId: string): ReadonlySet<number> {
  const subscribe = useCallback((listener: () => void) => listeners.subscribe(connectionId, listener), [connectionId]);
  const getSnapshot = useCallback(() => pinsByConnection.get(connectionId) ?? EMPTY, [connectionId]);
  return useSyncExternalStore(subscribe, getSnapshot);
}
